using System.Text;
using Resume.Model;
using Resume.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Shortcuts the tests share: parse bytes or text and insist on success or failure.</summary>
internal static class Parsing
{
    public static ParseResult Parse(byte[] bytes, ParserOptions? options = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new ResumeParser(options).Parse(stream);
    }

    public static ResumeDocument Read(byte[] bytes)
    {
        var result = Parse(bytes);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Resume!;
    }

    public static ResumeDocument Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    public static StageError Failure(byte[] bytes, ParserOptions? options = null)
    {
        var result = Parse(bytes, options);
        Assert.False(result.Succeeded, "the parse was expected to fail");
        Assert.Equal(Stages.Parse, result.Error!.Stage);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        return result.Error;
    }

    public static IEnumerable<string> Keywords(this ResumeDocument resume) => resume.Skills.SelectMany(s => s.Keywords);
}
