using System.Text.RegularExpressions;
using Resume.Model;

namespace Score.Weakening;

/// <summary>
/// Makes the weakened copy of a résumé: numbers taken out of the bullets, strong openers swapped for weak ones,
/// sections turned against the guide's order, and contact details dropped. What a careless draft looks like.
/// </summary>
internal static partial class Weakener
{
    private static readonly string[] WeakOpeners = ["Responsible for", "Worked on", "Helped with", "Duties included"];

    public static ResumeDocument Weaken(ResumeDocument resume, IReadOnlyList<string> guideOrder)
    {
        var opener = 0;
        string Bullet(string text) => Reopen(StripNumbers(text), WeakOpeners[opener++ % WeakOpeners.Length]);

        return resume with
        {
            Basics = resume.Basics with { Phone = null, Location = null, Url = null, Profiles = [] },
            Work = resume.Work.Select(w => w with { Highlights = w.Highlights.Select(Bullet).ToList() }).ToList(),
            Projects = resume.Projects.Select(p => p with { Highlights = p.Highlights.Select(Bullet).ToList() }).ToList(),
            Volunteer = resume.Volunteer.Select(v => v with { Highlights = v.Highlights.Select(Bullet).ToList() }).ToList(),
            Meta = resume.Meta with { Sections = AgainstOrder(resume.Meta.Sections, guideOrder) },
        };
    }

    internal static string StripNumbers(string text) =>
        Spaces().Replace(Figure().Replace(text, ""), " ").Trim();

    /// <summary>Drops the opening word and puts a weak phrase in its place: "Built the API" → "Worked on the API".</summary>
    internal static string Reopen(string text, string weak)
    {
        var rest = text.Split(' ', 2) is [_, var tail] ? tail : "";
        return $"{weak} {rest}".Trim();
    }

    /// <summary>The guide's sections in reverse order, the header block and any other sections kept where they were.</summary>
    internal static IReadOnlyList<SectionInfo> AgainstOrder(IReadOnlyList<SectionInfo> sections, IReadOnlyList<string> guideOrder)
    {
        var ranked = sections.Where(s => guideOrder.Contains(s.Kind)).OrderByDescending(s => IndexOf(guideOrder, s.Kind)).ToList();
        var result = new List<SectionInfo>(sections.Count);
        var next = 0;
        foreach (var section in sections)
        {
            result.Add(guideOrder.Contains(section.Kind) ? ranked[next++] : section);
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"[$€£]?\d[\d,.]*(?:[%+×]|[xXkKmMbB](?![a-zA-Z])|ms(?![a-zA-Z])|s(?![a-zA-Z]))*")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
