using System.Text.RegularExpressions;
using Pipeline.Testing;

namespace Ingest.Api.Tests.PartnerDocs;

/// <summary>The code blocks of <c>docs/partners.md</c>, read from the file itself so the tests run exactly what partners read.</summary>
public static partial class MarkdownSnippets
{
    public static string PartnersDoc => Path.Combine(RepoPaths.Root, "docs", "partners.md");

    /// <summary>The first <paramref name="language"/> block under the heading <paramref name="heading"/> (<c>### C#</c>).</summary>
    public static string Under(string heading, string language)
    {
        var text = File.ReadAllText(PartnersDoc);
        var at = text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/partners.md has no heading '{heading}'");
        var block = Block().Match(text, at);
        Assert.True(block.Success && block.Groups["lang"].Value == language, $"no ```{language} block under '{heading}' in docs/partners.md");
        return block.Groups["code"].Value;
    }

    [GeneratedRegex(@"```(?<lang>[a-z]+)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
