namespace Pipeline.Cli.Commands;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Evaluation figures below their thresholds.</summary>
    public const int BelowThreshold = 1;
    /// <summary>Some inputs could not be processed; the others were.</summary>
    public const int InputErrors = 2;
    /// <summary>Ingest: no input failed, but some records are partial (pages left out, nothing recognised).</summary>
    public const int PartialSuccess = 3;
    /// <summary>Bad arguments.</summary>
    public const int Usage = 64;
    /// <summary>A system dependency (Tesseract, language data) is missing.</summary>
    public const int MissingDependency = 69;
    /// <summary>A bug: an exception no command expected; reported in one line, please report it (EX_SOFTWARE).</summary>
    public const int InternalError = 70;
    /// <summary>The output folder cannot be written, holds an earlier extract run (without --force), or another ingest run holds it.</summary>
    public const int OutputError = 73;
    /// <summary>Ingest: every document is done but some records still wait in the outbox for the webhook; run again.</summary>
    public const int DeliveryPending = 75;
    /// <summary>Interrupted (Ctrl+C); finished documents are kept and the next run resumes.</summary>
    public const int Interrupted = 130;
}
