using Resume.Model;
using Resume.Parsing.Isolation.Protocol;

namespace Resume.Parsing.Isolation.Child;

/// <summary>The child's loop: a file in, its result out, until the parent closes the pipe.</summary>
internal static class ParseServer
{
    public static void Serve(ResumeParser parser, Stream input, Stream output)
    {
        // One more byte than the limit, so the parser itself says "too large" as it would in-process.
        var maxRequest = (int)Math.Min(parser.Options.MaxFileBytes + 1, Array.MaxLength - 1);
        // The hello: the runtime started under its limits and is listening.
        Frame.Write(output, "ready"u8);
        while (Frame.Read(input, maxRequest) is { } file)
        {
            var reply = Parse(parser, file);
            Frame.Write(output, reply.Encode());
            if (reply.Retiring)
            {
                return;
            }
        }
    }

    private static Reply Parse(ResumeParser parser, byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            return new Reply(parser.Parse(stream), Retiring: false);
        }
        catch (OutOfMemoryException)
        {
            // The heap limit was reached: this file needs more than allowed, and a heap that ran out is not reused.
            return new Reply(ParseResult.Failure(ErrorCodes.TooComplex, ChildFailures.OutOfMemory), Retiring: true);
        }
    }
}
