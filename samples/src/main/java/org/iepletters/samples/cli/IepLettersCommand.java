package org.iepletters.samples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.iepletters.IepLettersException;
import org.iepletters.LetterNotApplicableException;
import org.iepletters.validation.InvalidCaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code iep-letters} command: validates a case file, shows its service ledger and escalation plan, and writes
 * its letters.
 *
 * <p>Exit codes: {@value #OK} done; {@value #BAD_INPUT} bad input (a missing or invalid case file, an unknown
 * option or letter, a letter that does not apply, an output that exists); {@value #FAULT} a fault of the program.
 * Problems are reported on standard error in one line each, never as a stack trace unless {@code --verbose} asks
 * for one after a fault.
 */
@Command(
    name = "iep-letters",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Letters a Massachusetts parent sends when a school district does not deliver, or proposes to cut, "
        + "IEP services.",
    description = "The letters are not legal advice.",
    subcommands = {ValidateCommand.class, LedgerCommand.class, PlanCommand.class, GenerateCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:a fault of the program",
        "2:bad input: a missing or invalid case file, an unknown option or letter, a letter that does not apply, "
            + "an output that already exists"})
public final class IepLettersCommand implements Runnable {
  /** The exit code of a command that did its work. */
  public static final int OK = 0;
  /** The exit code of a fault of the program. */
  public static final int FAULT = 1;
  /** The exit code of bad input: the user can fix it. */
  public static final int BAD_INPUT = 2;

  @picocli.CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "After a fault of the program, print its stack trace.")
  private boolean verbose;

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Before any validator class loads: Hibernate Validator's start-up line goes to SLF4J, which this
    // application silences, instead of to java.util.logging on standard error.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    if (Arrays.asList(args).contains("generate")) {
      // first thing: docx4j's set-up takes longer than everything else before the first letter
      GenerateCommand.warmUpInTheBackground();
    }
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with its exit codes and error reporting set up; callers may redirect its output with
   * {@link CommandLine#setOut} and {@link CommandLine#setErr} before executing it.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new IepLettersCommand());
    cli.setExecutionExceptionHandler(new ExecutionFailures());
    cli.setParameterExceptionHandler(new ParameterFailures());
    return cli;
  }

  /** Without a subcommand: the usage help on standard error, exit 2. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: validate, ledger, plan or generate");
  }

  /** A bad command line: the message, any suggestions and a pointer to the help, exit 2. */
  private static final class ParameterFailures implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cli = ex.getCommandLine();
      PrintWriter err = cli.getErr();
      err.println(cli.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
      UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return BAD_INPUT;
    }
  }

  /** A failure while a subcommand ran: bad input is exit 2 with its lines, anything else a fault, exit 1. */
  private static final class ExecutionFailures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
      PrintWriter err = cli.getErr();
      String name = cli.getCommandSpec().qualifiedName();
      if (ex instanceof BadInputException bad) {
        bad.lines().forEach(err::println);
        err.flush();
        return BAD_INPUT;
      }
      if (ex instanceof LetterNotApplicableException notApplicable) {
        err.println(notApplicable.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      if (ex instanceof InvalidCaseException invalid) {
        invalid.violations().forEach(err::println);
        err.flush();
        return BAD_INPUT;
      }
      boolean verbose = isVerbose(parsed);
      if (ex instanceof IepLettersException library) {
        // the library's own messages name letters, templates and rules, never a case's data
        err.println(name + ": " + library.getMessage());
      } else {
        // any other message might hold a case's data: name the type only
        err.println(name + ": internal error (" + ex.getClass().getName() + ")"
            + (verbose ? "" : "; run again with --verbose to see the details"));
      }
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return FAULT;
    }

    private static boolean isVerbose(ParseResult parsed) {
      for (ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption("--verbose")) {
          return true;
        }
      }
      return false;
    }
  }
}
