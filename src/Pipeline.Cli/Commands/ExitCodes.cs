namespace Pipeline.Cli.Commands;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Evaluation figures below their thresholds.</summary>
    public const int BelowThreshold = 1;
    /// <summary>Some inputs could not be processed; the others were.</summary>
    public const int InputErrors = 2;
    /// <summary>Bad arguments.</summary>
    public const int Usage = 64;
    /// <summary>A system dependency (Tesseract, language data) is missing.</summary>
    public const int MissingDependency = 69;
}
