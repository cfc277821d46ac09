using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using ModelWork = Resume.Model.Work;

namespace Resume.Parsing.Fields;

/// <summary>
/// Jobs told in sentences rather than set as entries ("From 2018 to 2021 I worked as a Staff Nurse at Leeds General
/// Infirmary, caring for …"): each sentence that names a post held "as" a title "at" an employer is a job, with the dates
/// it gives; the sentences after it, up to the next such one, are that job's summary.
/// </summary>
internal static partial class ProseJobs
{
    public static bool TryRead(IReadOnlyList<TextLine> lines, out List<ModelWork> told)
    {
        told = [];
        var jobs = new List<ModelWork>();
        var texts = lines.Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        // Running text only: no list items, and every line either runs the width of a sentence or closes one.
        if (texts.Count == 0 || lines.Any(l => l.Bullet) || texts.Any(t => t.Length < 40 && !EndsSentence(t)))
        {
            return false;
        }
        var sentences = SentenceBreak().Split(string.Join(' ', texts));
        if (!sentences.Any(s => Post().IsMatch(s)))
        {
            return false;
        }
        var summary = new List<string>();
        foreach (var sentence in sentences)
        {
            if (Post().Match(sentence) is not { Success: true } post)
            {
                if (jobs.Count == 0)
                {
                    return false; // sentences before any post are not this shape
                }
                summary.Add(sentence);
                continue;
            }
            Close();
            var employer = Trailing().Replace(post.Groups["org"].Value, "").Trim();
            var dates = DateParser.Find(sentence);
            var rest = sentence[(post.Index + post.Length)..].TrimStart(',', ' ');
            jobs.Add(new ModelWork
            {
                Name = employer,
                Position = post.Groups["pos"].Value.Trim(),
                StartDate = dates?.Start,
                EndDate = dates?.EntryEnd,
            });
            if (rest.Length > 0 && DateParser.Find(rest) is null && char.IsLetter(rest[0]))
            {
                summary.Add(char.ToUpperInvariant(rest[0]) + rest[1..]);
            }
        }
        Close();
        told = jobs;
        return true;

        void Close()
        {
            if (jobs.Count > 0 && summary.Count > 0)
            {
                jobs[^1] = jobs[^1] with { Summary = string.Join(' ', summary) };
            }
            summary.Clear();
        }
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?';

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();

    // "… I worked as a Staff Nurse at Leeds General Infirmary", "I was employed as Ward Clerk by Sunrise Hospice", "I was a
    // Healthcare Assistant at Harrogate District Hospital".
    [GeneratedRegex(@"(?:\b(?:worked|work|working|served|serving|employed|hired|joined|started|was|am|been)\b[^.;]{0,30}?\bas\s+(?:an?\s+|the\s+)?|\bI\s+(?:was|am|have\s+been|had\s+been)\s+(?:an?|the)\s+)(?<pos>\p{L}[\p{L}\p{N}&/'’ -]{1,60}?)\s+(?:at|for|with|by|in)\s+(?:the\s+)?(?<org>\p{Lu}[^,;.()]{1,80})")]
    private static partial Regex Post();

    // What follows the employer's name in the same clause: a place, a time, a relative clause.
    [GeneratedRegex(@"\s+(?:where|when|which|while|until|till|from|since|between|during|before|after|in|on|for|and)\b.*$|\s+(?:\d{4}).*$")]
    private static partial Regex Trailing();
}
