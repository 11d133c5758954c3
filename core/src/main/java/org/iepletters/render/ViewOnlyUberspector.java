package org.iepletters.render;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * The only way templates reach Java: an allow list, not Velocity's deny list.
 *
 * <p>A template may read the accessors of the letter's view types (package
 * {@code org.iepletters.letters}), {@code size()}, {@code isEmpty()} and {@code get(int)} of a list,
 * and the {@code $foreach} loop properties; it may iterate over lists. Nothing else resolves: no
 * {@code getClass()}, no reflection, no class loading, no setters, no mutating a list. A call that does
 * not resolve is an error in strict mode, naming the template, line and column.
 */
public final class ViewOnlyUberspector extends UberspectImpl {

  private static final String VIEW_PACKAGE = "org.iepletters.letters";
  private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "toString",
      "notify", "notifyAll", "wait", "clone", "finalize");
  private static final Set<String> LIST_METHODS = Set.of("size", "isEmpty", "get");
  private static final Set<String> LOOP_PROPERTIES = Set.of("count", "index", "hasNext", "first", "last");

  /** The accessor of each view type and property name, or empty when there is none: found once per engine. */
  private final ClassValue<Map<String, Optional<VelPropertyGet>>> accessors = new ClassValue<>() {
    @Override
    protected Map<String, Optional<VelPropertyGet>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  /** Created by Velocity from its configuration. */
  public ViewOnlyUberspector() {
    // configured by name in the engine's properties
  }

  @Override
  public Iterator<?> getIterator(Object obj, Info i) {
    return obj instanceof List<?> list ? list.iterator() : null;
  }

  @Override
  public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
    if (obj == null || !allowedMethod(obj, methodName)) {
      return null;
    }
    VelMethod method = super.getMethod(obj, methodName, args, i);
    if (method == null) {
      return null;
    }
    Class<?> declaring = method.getMethod().getDeclaringClass();
    boolean fromView = declaring.getPackageName().equals(VIEW_PACKAGE);
    boolean fromList = obj instanceof List<?> && List.class.isAssignableFrom(declaring);
    return fromView || fromList ? method : null;
  }

  @Override
  public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
    if (obj instanceof ForeachScope) {
      return LOOP_PROPERTIES.contains(identifier) ? super.getPropertyGet(obj, identifier, i) : null;
    }
    if (obj == null || !isView(obj.getClass()) || OBJECT_METHODS.contains(identifier)) {
      return null;
    }
    // Velocity keeps what it looked up in the context, which is new for every letter: keep it here instead
    Map<String, Optional<VelPropertyGet>> known = accessors.get(obj.getClass());
    Optional<VelPropertyGet> get = known.get(identifier);
    if (get == null) {
      get = Optional.ofNullable(accessorGet(obj, identifier, i));
      known.putIfAbsent(identifier, get);
    }
    return get.orElse(null);
  }

  private VelPropertyGet accessorGet(Object obj, String identifier, Info i) {
    Method accessor;
    try {
      accessor = obj.getClass().getMethod(identifier);
    } catch (NoSuchMethodException e) {
      return null;
    }
    if (Modifier.isStatic(accessor.getModifiers()) || !isView(accessor.getDeclaringClass())) {
      return null;
    }
    VelMethod method = super.getMethod(obj, identifier, new Object[0], i);
    return method == null ? null : new AccessorGet(method);
  }

  @Override
  public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) {
    return null;
  }

  private static boolean allowedMethod(Object obj, String name) {
    if (OBJECT_METHODS.contains(name)) {
      return false;
    }
    if (obj instanceof List<?>) {
      return LIST_METHODS.contains(name);
    }
    return isView(obj.getClass());
  }

  private static boolean isView(Class<?> type) {
    return type.getPackageName().equals(VIEW_PACKAGE) && Modifier.isPublic(type.getModifiers());
  }

  /** {@code $x.name} read through the record accessor {@code name()}. */
  private static final class AccessorGet implements VelPropertyGet {
    private final VelMethod method;

    AccessorGet(VelMethod method) {
      this.method = method;
    }

    @Override
    public Object invoke(Object o) throws Exception {
      return method.invoke(o, new Object[0]);
    }

    @Override
    public boolean isCacheable() {
      return true;
    }

    @Override
    public String getMethodName() {
      return method.getMethodName();
    }
  }
}
