using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// What belongs in a list of skills: short names, listed. A skills section runs on into what a missed heading or a
/// misread column put under it (jobs with their dates, paragraphs of prose, a form of personal details); those lines
/// are not skills and are kept out of the keywords.
/// </summary>
internal static class SkillsScope
{
    /// <summary>
    /// The lines before the entries: a list of skills has no dates, so from the first line that carries a date range
    /// (with the header lines just above it: an employer and its town) the section holds entries whose heading was
    /// missed. Where a page's columns were read into one another, the skills' own column takes up again after them.
    /// </summary>
    public static List<TextLine> WithoutEntries(IReadOnlyList<TextLine> lines, out bool cut)
    {
        cut = false;
        var dated = -1;
        for (var i = 0; i < lines.Count && dated < 0; i++)
        {
            dated = IsDatedEntryLine(lines[i]) ? i : -1;
        }
        if (dated < 0)
        {
            return [.. lines];
        }
        cut = true;
        var start = dated;
        while (start > 0 && dated - start < 2 && IsEntryHeader(lines[start - 1]))
        {
            start--;
        }
        var kept = lines.Take(start).ToList();
        var entryColumn = lines[dated].Column;
        if (kept.Count > 0 && kept[0].HasGeometry && kept[0].Column != entryColumn)
        {
            kept.AddRange(lines.Skip(start).Where(l => l.HasGeometry && l.Column == kept[0].Column));
        }
        return kept;
    }

    /// <summary>The lines without paragraphs of prose and without personal details ("Date of Birth: …"). A section that
    /// is nothing but one paragraph of prose keeps it: its sentence is the only list it has ("… skills in HTML, CSS and
    /// Git."). Paragraphs of running text, one after another, are a section of prose (an academic's software described
    /// package by package, a dossier's account of its methods): they hold no list at all.</summary>
    public static List<TextLine> ListsOnly(IReadOnlyList<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        var prose = new List<TextLine>();
        var running = WrappedProse.Lines(lines, out var paragraphs);
        for (var i = 0; i < lines.Count;)
        {
            if (running.Contains(lines[i]))
            {
                if (paragraphs == 1)
                {
                    prose.Add(lines[i]);
                }
                i++;
                continue;
            }
            var end = ParagraphEnd(lines, i);
            if (IsProse(lines, i, end))
            {
                prose.AddRange(lines.Skip(i).Take(end - i + 1));
                i = end + 1;
                continue;
            }
            if (!PersonalFields.IsLabelled(lines[i].Segments[0].Text, lines[i].Text))
            {
                result.Add(lines[i]);
            }
            i++;
        }
        return result.Count == 0 && paragraphs < 2 ? prose : result;
    }

    private static bool IsDatedEntryLine(TextLine line)
    {
        var text = line.Text;
        if (DateParser.Find(text) is not { IsRange: true } range)
        {
            return false;
        }
        // "Python (2015 – 2020), Go, Rust": a dated item inside a list is still a list.
        return KeywordSplitter.Split(DateParser.Remove(text, range)).Count <= 3;
    }

    /// <summary>An employer, a title or a town over the dates, not a row of skills.</summary>
    private static bool IsEntryHeader(TextLine line)
    {
        var text = line.Text;
        if (line.Bullet || text.Contains(':') || text.EndsWith('.'))
        {
            return false;
        }
        var last = line.Segments[^1].Text;
        return KeywordSplitter.Split(text).Count <= 1 || line.Segments.Count > 1 && Places.Score(last) >= 2;
    }

    /// <summary>The last line of the paragraph that starts at <paramref name="start"/>: lines run on while a line
    /// closes no sentence, visibly breaks off (a comma, a hyphen, "and", or the next line goes on in lower case) and the
    /// next is neither a bullet nor a labelled group. A list's last item ("CI/CD") does not run on into a sentence.</summary>
    private static int ParagraphEnd(IReadOnlyList<TextLine> lines, int start)
    {
        // A labelled group ("Cloud: …", a label cell beside its list) is a group whatever its items say.
        if (HasLabel(lines[start].Text) || lines[start].Segments.Count > 1)
        {
            return start;
        }
        var end = start;
        while (end + 1 < lines.Count && end - start < 8 && !ClosesSentence(lines[end].Text) && RunsOn(lines[end].Text, lines[end + 1].Text)
            && !lines[end + 1].Bullet && !HasLabel(lines[end + 1].Text) && lines[end + 1].Segments.Count == 1 && lines[end].Segments.Count == 1)
        {
            end++;
        }
        return end;
    }

    /// <summary>Sentences, not names: the text closes a sentence, runs to ten words or more (a bullet of its own line to
    /// fifteen: "Proficient in Excel, including pivot tables." is one skill put as a phrase), and its first item is a
    /// phrase of four words or more ("Experienced in working with …"); "Python, Go, Rust." is still a list.</summary>
    private static bool IsProse(IReadOnlyList<TextLine> lines, int start, int end)
    {
        if (HasLabel(lines[start].Text) || lines[start].Segments.Count > 1)
        {
            return false;
        }
        var text = string.Join(" ", Enumerable.Range(start, end - start + 1).Select(k => lines[k].Text.Trim()));
        var least = end == start && lines[start].Bullet ? 15 : 10;
        if (!ClosesSentence(text) || Text.Words.Count(text) < least)
        {
            return false;
        }
        return Text.Words.Count(FirstItem(text)) >= 4;
    }

    /// <summary>The text up to its first separator outside brackets ("Experienced in … (Mites, flies) in the field").</summary>
    private static ReadOnlySpan<char> FirstItem(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth = c is '(' or '[' ? depth + 1 : c is ')' or ']' ? Math.Max(0, depth - 1) : depth;
            if (depth == 0 && c is ',' or ';' or '|' or '•' or '·' or '▪')
            {
                return text.AsSpan(0, i);
            }
        }
        return text;
    }

    private static bool RunsOn(string line, string next)
    {
        var t = line.TrimEnd();
        if (t.Length == 0 || next.Length == 0)
        {
            return false;
        }
        if (char.IsLower(next[0]) || next[0] == '(' || t[^1] is ',' or ';' or '-' or '(')
        {
            return true;
        }
        var space = t.LastIndexOf(' ');
        return space > 0 && t[(space + 1)..].ToLowerInvariant() is "and" or "or" or "of" or "in" or "with" or "to" or "the" or "a"
            or "for" or "using" or "on" or "at" or "by" or "from" or "as";
    }

    private static bool ClosesSentence(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?');
    }

    private static bool HasLabel(string text)
    {
        var colon = text.IndexOf(':');
        return colon is > 0 and <= 40 && !text[..colon].Contains(',');
    }
}
