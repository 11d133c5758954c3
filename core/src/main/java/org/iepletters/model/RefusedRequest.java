package org.iepletters.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.iepletters.validation.OrderedRequest;

/**
 * A request the district refused.
 *
 * @param date when it was refused
 * @param request what was asked for
 * @param kind what kind of request it was; {@link RequestKind#OTHER} when not given
 * @param requestedOn when the parent asked, or {@code null}; not after {@code date}
 */
@OrderedRequest
public record RefusedRequest(
    @NotNull(message = "is required") LocalDate date,
    @NotBlank(message = "is required") String request,
    RequestKind kind,
    LocalDate requestedOn) {

  /**
   * A missing kind is {@link RequestKind#OTHER}.
   *
   * @param date when it was refused
   * @param request what was asked for
   * @param kind what kind of request it was; {@link RequestKind#OTHER} when not given
   * @param requestedOn when the parent asked, or {@code null}; not after {@code date}
   */
  public RefusedRequest {
    kind = kind == null ? RequestKind.OTHER : kind;
  }

  /**
   * A refused request of kind {@link RequestKind#OTHER}, the date asked not known.
   *
   * @param date when it was refused
   * @param request what was asked for
   */
  public RefusedRequest(LocalDate date, String request) {
    this(date, request, RequestKind.OTHER, null);
  }

  /** {@return whether it is a refused independent educational evaluation} */
  public boolean isIee() {
    return kind == RequestKind.IEE;
  }
}
