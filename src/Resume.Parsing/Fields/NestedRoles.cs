using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>
/// Word's multilevel list used to show several roles at one employer: the employer's line at the margin, each role a
/// first-level item ("• Teaching assistant (2011–2013)") and what was done in it second-level items under it. A
/// first-level item that names a title is a role when one such item of its employer carries dates or items of its own;
/// other first-level items ("• Chemistry & Physics") stay list items.
/// </summary>
internal static class NestedRoles
{
    /// <summary>How much further right a list level's text starts than the level above it.</summary>
    private const double LevelStep = 15;

    public static HashSet<TextLine>? Find(List<TextLine> lines)
    {
        var top = double.MaxValue;
        foreach (var line in lines)
        {
            if (line.Bullet && line.HasGeometry)
            {
                top = Math.Min(top, line.Left);
            }
        }
        if (top == double.MaxValue || !lines.Any(l => l.Bullet && l.Left >= top + LevelStep)
            || !lines.Any(l => !l.Bullet && l.HasGeometry && l.Left <= top - LevelStep))
        {
            return null;
        }
        HashSet<TextLine>? roles = null;
        var from = 0;
        while (from < lines.Count)
        {
            // One employer's lines: from a line at the margin to the next.
            var end = from + 1;
            while (end < lines.Count && !IsMarginLine(lines[end], top))
            {
                end++;
            }
            var candidates = new List<int>();
            var evidence = false;
            for (var k = from; k < end; k++)
            {
                if (lines[k].Bullet && Math.Abs(lines[k].Left - top) <= 3 && NamesTitle(lines[k].Text))
                {
                    candidates.Add(k);
                    evidence |= DateParser.Find(lines[k].Text) is not null
                        || k + 1 < end && lines[k + 1].Bullet && lines[k + 1].Left >= top + LevelStep;
                }
            }
            if (evidence && IsMarginLine(lines[from], top))
            {
                roles ??= [];
                roles.UnionWith(candidates.Select(k => lines[k]));
            }
            from = end;
        }
        return roles;
    }

    private static bool IsMarginLine(TextLine line, double top) => !line.Bullet && line.HasGeometry && line.Left <= top - LevelStep;

    /// <summary>"Research assistant (2011–2016)", "Director—Core Facility": a short phrase with a word that heads a job
    /// title, not a statement opened by a verb ("Mentored the lab manager").</summary>
    private static bool NamesTitle(string text)
    {
        var words = text.Split([' ', '—', '–', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 && !text.TrimEnd().EndsWith('.') && words.Any(RoleWords.EndsWithHead)
            && (!ActionVerbs.StartsWithOne(text) || RoleWords.EndsWithHead((DateParser.Find(text) is { } d ? DateParser.Remove(text, d) : text).TrimEnd(' ', '(', ')', ',')));
    }
}
