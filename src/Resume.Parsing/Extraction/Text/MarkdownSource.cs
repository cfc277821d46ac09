using System.Net;
using System.Text.RegularExpressions;

namespace Resume.Parsing.Extraction.Text;

/// <summary>
/// What a Markdown file holds that a reader of the page never sees: a YAML/TOML front matter block (but for the person
/// it names, see <see cref="FrontMatterContact"/>), HTML comments,
/// Jekyll/Hugo template tags (<c>{% include %}</c>, <c>{{ site.x }}</c>), kramdown attribute lists (<c>{: .class}</c>,
/// <c>{#id}</c>) and the <c>:</c> that opens a definition-list item. These are removed and HTML is turned into the
/// Markdown lines it renders as, so the line reader judges what the page shows.
/// </summary>
internal static partial class MarkdownSource
{
    public static string Printable(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = FrontMatter().Replace(text, m => FrontMatterContact.Lines(m.Value), 1);
        text = Comment().Replace(text, m => new string('\n', m.Value.Count(c => c == '\n')));
        text = TemplateTag().Replace(text, "");
        text = AttributeList().Replace(text, "");
        text = DefinitionMarker().Replace(text, "");
        text = MarkdownHtml.ToMarkdown(text);
        // Entities last, so an escaped "&lt;" is never taken for a tag.
        return WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
    }

    /// <summary>A block fenced by <c>---</c> (YAML) or <c>+++</c> (TOML) that opens the file: metadata for the site generator.</summary>
    [GeneratedRegex(@"\A\uFEFF?\s*(?:---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\z)|\+\+\+[ \t]*\n(?:.*\n)*?\+\+\+[ \t]*(?:\n|\z))")]
    private static partial Regex FrontMatter();

    // The linear engine: an opening never closed in untrusted text would otherwise be searched to the end from each one.
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.NonBacktracking | RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{%-?.*?-?%\}|\{\{.*?\}\}", RegexOptions.NonBacktracking | RegexOptions.Singleline)]
    private static partial Regex TemplateTag();

    /// <summary>kramdown/pandoc attributes after a heading or a paragraph: <c>{: .note}</c>, <c>{#work .unnumbered}</c>.</summary>
    [GeneratedRegex(@"[ \t]*\{[:#][^}\n]*\}")]
    private static partial Regex AttributeList();

    /// <summary>The <c>:</c> or <c>~</c> that opens a definition under its term ("2015–2017" / ": Engineer, Firm").</summary>
    [GeneratedRegex(@"^[ \t]{0,3}[:~][ \t]+", RegexOptions.Multiline)]
    private static partial Regex DefinitionMarker();
}
