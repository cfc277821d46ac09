using System.Globalization;

namespace Resume.Parsing.Isolation.Child;

/// <summary>The child's command line: the parser's limits, so every child of one pool parses as its parent would.</summary>
internal static class ChildArguments
{
    public const string Serve = "--serve";

    public static IReadOnlyList<string> For(ParserOptions options)
    {
        var arguments = new List<string>
        {
            Serve,
            "--max-file-bytes", options.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
            "--max-pages", options.MaxPages.ToString(CultureInfo.InvariantCulture),
            "--max-expanded-bytes", options.MaxExpandedBytes.ToString(CultureInfo.InvariantCulture),
            "--timeout-ms", ((long)options.Timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        };
        if (!options.CheckStructure)
        {
            arguments.Add("--no-structure-check");
        }
        if (!options.Ocr)
        {
            arguments.Add("--no-ocr");
        }
        return arguments;
    }

    /// <summary>The options back from <see cref="For"/>'s output, or null when the arguments are not a serve command.</summary>
    public static ParserOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != Serve)
        {
            return null;
        }
        var options = new ParserOptions();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--max-file-bytes":
                    options = options with { MaxFileBytes = long.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--max-pages":
                    options = options with { MaxPages = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--max-expanded-bytes":
                    options = options with { MaxExpandedBytes = long.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--timeout-ms":
                    options = options with { Timeout = TimeSpan.FromMilliseconds(long.Parse(args[++i], CultureInfo.InvariantCulture)) };
                    break;
                case "--no-structure-check":
                    options = options with { CheckStructure = false };
                    break;
                case "--no-ocr":
                    options = options with { Ocr = false };
                    break;
                default:
                    return null;
            }
        }
        return options;
    }
}
