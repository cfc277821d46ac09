using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;
using ModelWork = Resume.Model.Work;

namespace Resume.Parsing.Fields;

/// <summary>
/// Jobs written as paragraphs that open with a run-in header, "Harbour Analytics — Software developer. Built the
/// billing platform …": the employer, a spaced dash, the title closed by a full stop, then what was done there as
/// running text. A word processor's hand-made resume sets every job so, with no line of its own for the header; each
/// paragraph is one job and its text after the title is the job's summary.
/// </summary>
internal static partial class RunInJobs
{
    public static bool TryRead(IReadOnlyList<TextLine> lines, out List<ModelWork> jobs)
    {
        jobs = [];
        var texts = lines.Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (texts.Count < 2 || lines.Any(l => l.Bullet))
        {
            return false;
        }
        var paragraphs = Paragraphs(texts);
        // Every paragraph opens so on its first line, with a name and a title of a few words each, and most titles read
        // as titles: a list of "Term — definition." lines is no list of jobs.
        var headers = paragraphs.Select(p => Header().Match(p.First)).ToList();
        if (paragraphs.Count < 2 || headers.Any(h => !h.Success || Words.Count(h.Groups["org"].Value) > 8 || Words.Count(h.Groups["pos"].Value) > 8)
            || headers.Count(h => RoleWords.TitleScore(h.Groups["pos"].Value) > 0) * 2 < headers.Count)
        {
            return false;
        }
        foreach (var (paragraph, header) in paragraphs.Zip(headers))
        {
            var rest = paragraph.Text[header.Length..].Trim();
            var dates = DateParser.Find(header.Value);
            jobs.Add(new ModelWork
            {
                Name = header.Groups["org"].Value.Trim(),
                Position = header.Groups["pos"].Value.Trim(),
                StartDate = dates?.Start,
                EndDate = dates?.EntryEnd,
                Summary = rest.Length > 0 ? rest : null,
            });
        }
        return true;
    }

    /// <summary>Lines joined into paragraphs: a new one opens on a line that starts with a run-in header after a line
    /// that closed a sentence (the paragraph gap itself is not always kept, a PDF has only positions).</summary>
    private static List<(string First, string Text)> Paragraphs(List<string> texts)
    {
        var paragraphs = new List<(string First, string Text)>();
        foreach (var text in texts)
        {
            if (paragraphs.Count == 0 || paragraphs[^1].Text[^1] is '.' or '!' or '?' && Header().IsMatch(text))
            {
                paragraphs.Add((text, text));
            }
            else
            {
                paragraphs[^1] = (paragraphs[^1].First, paragraphs[^1].Text + " " + text);
            }
        }
        return paragraphs;
    }

    /// <summary>"Employer — Title." at a paragraph's start: a name of a few words, a dash spaced on both sides (em, en or
    /// hyphen), a title of at most eight words up to a full stop that ends it (or the paragraph's end).</summary>
    [GeneratedRegex(@"^(?<org>\p{Lu}[^—–.]{0,60}?\S)\s+[—–-]{1,2}\s+(?<pos>\p{L}[^.—–]{1,70}?)(?:\.(?=\s+\p{Lu})|\.?$)")]
    private static partial Regex Header();
}
