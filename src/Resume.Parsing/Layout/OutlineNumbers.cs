using System.Text.RegularExpressions;

namespace Resume.Parsing.Layout;

/// <summary>
/// Outline numbers before headings and entry titles ("2 Experience", "0.2.1 Engineer, Acme", "IV. Education") are
/// numbering the document's structure, not words of it: LaTeX and pandoc set them as a cell of their own, Word as the
/// text of a list paragraph.
/// </summary>
internal static partial class OutlineNumbers
{
    /// <summary>Drops a leading segment that is only an outline number when text follows it on the line.</summary>
    public static IReadOnlyList<TextLine> Strip(IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Segments.Count >= 2 && Number().IsMatch(line.Segments[0].Text) && line.Segments[1].Text is { Length: > 0 } next
                && char.IsLetter(next[0]))
            {
                line.Segments = [.. line.Segments.Skip(1)];
                line.ResetText();
            }
            else if (line.Segments.Count == 1 && Dotted().Match(line.Segments[0].Text) is { Success: true } dotted)
            {
                line.Segments = [line.Segments[0] with { Text = line.Segments[0].Text[dotted.Length..] }];
                line.ResetText();
            }
        }
        return lines;
    }

    /// <summary>The text without a leading outline number ("2. Career history" → "Career history").</summary>
    public static string Without(string text) => Leading().Match(text) is { Success: true } m ? text[m.Length..] : text;

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)$")]
    private static partial Regex Number();

    /// <summary>A multi-level number run into its text ("0.2.1 Title"): never a count or a date.</summary>
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=\p{L})")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[IVXivx]{1,4}[.)]|[A-Ha-h][.)])\s+(?=\p{L})")]
    private static partial Regex Leading();
}
