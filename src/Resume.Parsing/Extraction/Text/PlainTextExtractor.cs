using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Extraction.Text;

/// <summary>Reads plain text and Markdown into lines: <c>#</c> and underlined headings, bullets, and runs of spaces or
/// tabs (a right-aligned date) as segment breaks.</summary>
internal static partial class PlainTextExtractor
{
    private const int MaxLines = 20_000;

    public static LayoutDocument Extract(string text, bool markdown, ParseBudget budget)
    {
        // Before lines are judged: an override or a colour code in front of a name, heading or bullet hides what it is.
        text = ControlCharacters.Strip(text);
        if (markdown)
        {
            text = MarkdownSource.Printable(text);
        }
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var lines = new List<TextLine>(Math.Min(raw.Length, MaxLines));
        var gap = false;
        var inFence = false;
        for (var i = 0; i < raw.Length && lines.Count < MaxLines; i++)
        {
            if ((i & 255) == 0)
            {
                budget.Check();
            }
            var line = raw[i].Replace("\f", "", StringComparison.Ordinal);
            if (markdown && line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                gap = lines.Count > 0;
                continue;
            }
            var trimmed = line.Trim();
            if (Rule().IsMatch(trimmed))
            {
                // "====" or "----" under a line makes it a heading; on its own it is only a divider.
                if (!gap && lines.Count > 0 && lines[^1] is { Bullet: false } previous && trimmed.Length >= 3
                    && previous.Text.Length <= 60)
                {
                    lines[^1] = Copy(previous, underlined: true);
                }
                gap = true;
                continue;
            }
            var indent = line.Length - line.TrimStart().Length;
            var headingLevel = 0;
            var isTitle = false;
            var bold = false;
            if (markdown && !inFence)
            {
                var h = AtxHeading().Match(trimmed);
                if (h.Success)
                {
                    headingLevel = h.Groups[1].Length;
                    isTitle = headingLevel == 1 && lines.Count == 0;
                    trimmed = h.Groups[2].Value.Trim().TrimEnd('#').Trim();
                }
                var unmarked = StripInline(trimmed);
                bold = unmarked.Length > 0 && trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal);
                trimmed = unmarked;
            }
            var bullet = false;
            if (headingLevel == 0 && Bullets.TryStrip(trimmed, out var rest))
            {
                bullet = true;
                trimmed = markdown ? StripInline(rest) : rest;
            }
            var segments = new List<LineSegment>();
            foreach (var part in SegmentBreak().Split(trimmed))
            {
                var cleaned = TextCleaner.Clean(part);
                if (cleaned.Length > 0)
                {
                    segments.Add(new LineSegment(cleaned));
                }
            }
            if (segments.Count == 0)
            {
                continue;
            }
            lines.Add(new TextLine(segments)
            {
                Indent = indent,
                Bullet = bullet,
                HeadingLevel = headingLevel,
                IsTitle = isTitle,
                Bold = bold,
                GapBefore = gap,
            });
            gap = false;
        }
        return new LayoutDocument(markdown ? "md" : "txt", 1, lines);
    }

    private static TextLine Copy(TextLine line, bool underlined) => new(line.Segments)
    {
        Indent = line.Indent,
        Bullet = line.Bullet,
        HeadingLevel = line.HeadingLevel,
        IsTitle = line.IsTitle,
        Bold = line.Bold,
        GapBefore = line.GapBefore,
        Underlined = underlined,
    };

    /// <summary>Markdown emphasis, links and inline code reduced to their text (a link keeps its address when the text
    /// does not show it, so profiles are not lost).</summary>
    private static string StripInline(string text)
    {
        text = Link().Replace(text, m =>
        {
            var label = m.Groups[1].Value;
            var url = m.Groups[2].Value;
            if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                return label;
            }
            return label.Contains('.') || label.Contains('@') ? label : $"{label} ({url})";
        });
        if (text.Length <= MaxEmphasisLine)
        {
            text = Emphasis().Replace(text, "$2");
        }
        return text.Replace("`", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:[=\-_~*]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\t+| {3,}")]
    private static partial Regex SegmentBreak();

    // Bounded so that a line of brackets that never close (untrusted text) costs its length, not its length squared:
    // a label holds no bracket and runs to a few hundred letters at most.
    [GeneratedRegex(@"\[([^\[\]\n]{1,400})\]\(([^()\s]{1,2000})\)")]
    private static partial Regex Link();

    /// <summary>
    /// A line longer than any a resume writes (a paragraph runs to a few thousand characters) keeps its emphasis markers:
    /// on a megabyte of markers never closed, each opening would search the 400 characters after it for its close, and
    /// the line would cost four hundred times its length.
    /// </summary>
    private const int MaxEmphasisLine = 16 * 1024;

    /// <summary>Emphasis spans a phrase, not a page: bounded so that markers never closed on a long line cost its length.</summary>
    [GeneratedRegex(@"(?<![\w*])(\*\*|__|\*|_)(\S(?:.{0,400}?\S)?)\1(?![\w*])")]
    private static partial Regex Emphasis();
}
