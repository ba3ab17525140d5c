using System.CommandLine;
using System.CommandLine.Parsing;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Paths on the command line never start with '-': System.CommandLine hands an unknown option such as
/// `--bogus` to a path argument that still has room, so it would be read as a file name. Such a token is an
/// unknown option (exit 64) unless it comes after `--`, the POSIX end of options.
/// </summary>
public static class PathArguments
{
    public static Argument<string[]> Many(string name, string description, IReadOnlyList<string> args, ArgumentArity arity)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = arity };
        argument.Validators.Add(result => Check(result, result.Tokens, args));
        return argument;
    }

    public static Argument<string> One(string name, string description, IReadOnlyList<string> args)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result => Check(result, result.Tokens, args));
        return argument;
    }

    /// <summary>An option whose value is a path: `--out --jobs` is a missing value, not a folder named "--jobs".</summary>
    public static Option<string?> Option(string name, string description, IReadOnlyList<string> args)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result => Check(result, result.Tokens, args));
        return option;
    }

    private static void Check(SymbolResult result, IReadOnlyList<Token> tokens, IReadOnlyList<string> args)
    {
        var endOfOptions = IndexOf(args, "--");
        foreach (var token in tokens)
        {
            if (!token.Value.StartsWith('-') || token.Value == "-") continue;
            if (endOfOptions >= 0 && args.Skip(endOfOptions + 1).Contains(token.Value)) continue;
            result.AddError($"unknown option '{token.Value}' (a path starting with '-' goes after '--')");
        }
    }

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++) if (args[i] == value) return i;
        return -1;
    }
}
