using Resume.Parsing.Isolation.Ocr;

namespace Resume.Parsing.Isolation.Child;

/// <summary>
/// The parser process: reads files from stdin, one frame each, and answers each on stdout until stdin closes. Started
/// only by <see cref="ProcessParseSandbox"/>, under the limits it sets; nothing else is written to stdout.
/// </summary>
internal static class ChildProgram
{
    public static int Main(string[] args)
    {
        if (ChildArguments.Parse(args) is not { } options)
        {
            Console.Error.WriteLine("This program is the resume parser's child process; the pipeline starts it (usage: --serve [limits]).");
            return 2;
        }
        SelfLimits.ForbidFileWrites();
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        ParseServer.Serve(new ResumeParser(options, options.Ocr ? TesseractOcr.Find() : null), input, output);
        return 0;
    }
}
