using Resume.Scoring.Checks;
using Resume.Scoring.Guides;
using Resume.Scoring.Reading;
using Resume.Scoring.Skills;
using Resume.Scoring.Text;

namespace Resume.Scoring.Fit;

/// <summary>
/// Measures a résumé against every role guide at once. The titles, studies and work terms of all guides are merged into
/// one matcher each, and skills map to the guides' areas through one table, all built once: fitting a résumé to fifteen
/// guides reads its titles, education and experience lines once, not fifteen times.
/// </summary>
internal sealed class RoleFitter
{
    /// <summary>
    /// A title seen in the newest job or the headline counts fully; in the summary's opening or as letters after the
    /// name ("Jo Bloggs, RN") a little less; in an older job less again.
    /// </summary>
    private const double CurrentTitle = 1, SummaryTitle = 0.8, EarlierTitle = 0.6;

    /// <summary>A title several guides list ("software engineer", "web developer") tells the field, not which of its roles.</summary>
    private const double SharedTitle = 0.8;

    /// <summary>
    /// A title with nothing else of its guide's field beside it (no skill area, kind of work or studies) counts this
    /// much, too little to fit by: titles such as "Research Scientist" are used by fields no guide covers.
    /// </summary>
    private const double LoneTitle = 0.4;

    /// <summary>Skill areas count by how far they reach the guide's target, and a little by how much of its whole map they cover, which tells neighbouring guides apart.</summary>
    private const double SkillsCoverage = 0.15;

    private const int SummaryOpeningChars = 120;

    private readonly IReadOnlyList<CompiledGuide> _guides;
    private readonly PhraseMatcher<int[]> _titles;
    private readonly PhraseMatcher<int[]> _degrees;
    private readonly PhraseMatcher<(int Guide, int Kind)[]> _workTerms;
    private readonly Dictionary<SkillDefinition, (int Guide, int Area)[]> _areaSkills;
    private readonly Dictionary<SkillDefinition, (int Guide, int Kind)[]> _workSkills;

    /// <param name="guides">The role-specific guides (the general guide has no titles, studies or areas to fit by).</param>
    public RoleFitter(IReadOnlyList<CompiledGuide> guides)
    {
        _guides = guides;
        _titles = Merged(guides.SelectMany((g, i) => g.Guide.Titles.Select(t => (t, i))));
        _degrees = Merged(guides.SelectMany((g, i) => g.Guide.DegreeAreas.Select(t => (t, i))));
        _workTerms = PhraseMatcher<(int, int)[]>.Build(
            guides.SelectMany((g, i) => g.Guide.Evidence.SelectMany((e, k) => e.Terms.Select(t => (Term: t, Value: (i, k)))))
                .GroupBy(p => Key(p.Term), StringComparer.Ordinal)
                .Select(group => new PhraseMatcher<(int, int)[]>.Phrase(group.First().Term, group.Select(p => p.Value).Distinct().ToArray())));
        _areaSkills = guides.SelectMany((g, i) => g.Areas.SelectMany((a, k) => a.Skills.Select(s => (Skill: s, Value: (i, k)))))
            .GroupBy(p => p.Skill)
            .ToDictionary(group => group.Key, group => group.Select(p => p.Value).Distinct().ToArray());
        _workSkills = guides.SelectMany((g, i) => g.Guide.Evidence.SelectMany((e, k) => g.EvidenceSkills[e.Id].Select(s => (Skill: s, Value: (i, k)))))
            .GroupBy(p => p.Skill)
            .ToDictionary(group => group.Key, group => group.Select(p => p.Value).Distinct().ToArray());
    }

    /// <summary>The fit to every guide, in the order the guides were given.</summary>
    public IReadOnlyList<GuideFit> Measure(ResumeReading reading)
    {
        var count = _guides.Count;
        var title = new double[count];
        var titleQuote = new string?[count];
        var titleMatch = new string?[count];
        var basics = reading.Resume.Basics;

        bool Titles(string? text, string? quote, double weight, bool lettersOnly = false)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }
            var matches = _titles.Matches(text);
            if (lettersOnly)
            {
                matches.RemoveAll(m => !IsAcronym(text[m.Start..m.End]));
            }
            foreach (var match in matches)
            {
                var counts = match.Value.Length > 1 ? weight * SharedTitle : weight;
                foreach (var g in match.Value)
                {
                    if (counts > title[g])
                    {
                        title[g] = counts;
                        titleQuote[g] = Wording.Shorten(quote ?? text.Trim(), 120);
                        titleMatch[g] = text[match.Start..match.End];
                    }
                }
            }
            return matches.Count > 0;
        }

        var newestFirst = reading.Positions
            .Select((p, i) => (Position: p, Order: i))
            .OrderByDescending(p => p.Position.Start?.Index ?? int.MinValue)
            .ThenBy(p => p.Order)
            .Select(p => p.Position)
            .ToList();
        Titles(basics.Label, null, CurrentTitle);
        // Only the letters after a name ("Amara Okafor, RN"): a surname can be a word of a title.
        Titles(basics.Name, null, SummaryTitle, lettersOnly: true);
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var work = newestFirst[i].Work;
            var weight = i == 0 ? CurrentTitle : EarlierTitle;
            // A job whose title line names no title may have its title and employer the other way round.
            if (!Titles(work.Position, newestFirst[i].Label, weight))
            {
                Titles(work.Name, newestFirst[i].Label, weight);
            }
        }
        if (basics.Summary is { Length: > 0 } summary)
        {
            var opening = summary.Length <= SummaryOpeningChars ? summary : summary[..SummaryOpeningChars];
            Titles(opening, Wording.Shorten(summary.Trim(), 120), SummaryTitle);
        }

        var degree = new double[count];
        var degreeQuote = new string?[count];
        foreach (var education in reading.Resume.Education)
        {
            var written = string.Join(", ", new[] { education.StudyType, education.Area }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
            if (written.Length == 0)
            {
                continue;
            }
            foreach (var match in _degrees.Matches(written))
            {
                foreach (var g in match.Value.Where(g => degree[g] == 0))
                {
                    degree[g] = 1;
                    degreeQuote[g] = written;
                }
            }
        }

        var areas = new HashSet<(int, int)>[count];
        var skillQuotes = new List<string>[count];
        for (var g = 0; g < count; g++)
        {
            areas[g] = [];
            skillQuotes[g] = [];
        }
        foreach (var skill in reading.AllSkills)
        {
            if (_areaSkills.TryGetValue(skill, out var hits))
            {
                foreach (var hit in hits)
                {
                    areas[hit.Guide].Add(hit);
                }
            }
        }
        // Quote the skills list as written, in its own order.
        foreach (var (keyword, skills) in reading.ListedKeywords)
        {
            foreach (var g in skills.Where(_areaSkills.ContainsKey).SelectMany(s => _areaSkills[s]).Select(h => h.Guide).Distinct())
            {
                if (skillQuotes[g].Count < 6 && !skillQuotes[g].Contains(keyword, StringComparer.OrdinalIgnoreCase))
                {
                    skillQuotes[g].Add(keyword);
                }
            }
        }

        var kinds = new HashSet<int>[count];
        var workQuote = new string?[count];
        for (var g = 0; g < count; g++)
        {
            kinds[g] = [];
        }
        foreach (var line in reading.ExperienceLines)
        {
            var found = _workTerms.Matches(line).SelectMany(m => m.Value)
                .Concat(reading.SkillsIn(line).SelectMany(m => SkillWork(m.Skill)));
            foreach (var (g, kind) in found)
            {
                if (kinds[g].Add(kind) && workQuote[g] is null)
                {
                    workQuote[g] = Wording.Shorten(line.Trim());
                }
            }
        }

        var weights = reading.EarlyCareer ? FitWeights.EarlyCareer : FitWeights.Experienced;
        var fits = new GuideFit[count];
        for (var g = 0; g < count; g++)
        {
            var guide = _guides[g];
            var target = Math.Max(1, (int)Math.Ceiling(RoleSkillsCheck.TargetShare * guide.Areas.Count));
            var shown = areas[g].Count;
            var skills = guide.Areas.Count == 0 ? 0
                : (1 - SkillsCoverage) * Math.Min(1, (double)shown / target) + SkillsCoverage * shown / guide.Areas.Count;
            var lone = shown == 0 && kinds[g].Count == 0 && degree[g] == 0;
            fits[g] = new GuideFit(
                guide, weights,
                lone ? title[g] * LoneTitle : title[g], titleQuote[g], titleMatch[g],
                skills, shown, skillQuotes[g],
                degree[g], degreeQuote[g],
                guide.Guide.Evidence.Count == 0 ? 0 : (double)kinds[g].Count / guide.Guide.Evidence.Count, kinds[g].Count, workQuote[g]);
        }
        return fits;
    }

    private IEnumerable<(int Guide, int Kind)> SkillWork(SkillDefinition skill) =>
        (_workSkills.TryGetValue(skill, out var direct) ? direct : [])
            .Concat(skill.Implies.SelectMany(s => _workSkills.TryGetValue(s, out var implied) ? implied : []));

    /// <summary>One phrase per spelling, naming every guide that lists it. Short all-capital titles ("RN", "QA") match only as written.</summary>
    private static PhraseMatcher<int[]> Merged(IEnumerable<(string Phrase, int Guide)> phrases) =>
        PhraseMatcher<int[]>.Build(phrases
            .GroupBy(p => Key(p.Phrase), StringComparer.Ordinal)
            .Select(group =>
            {
                var text = group.First().Phrase;
                var acronym = IsAcronym(text);
                return new PhraseMatcher<int[]>.Phrase(text, group.Select(p => p.Guide).Distinct().ToArray(), CaseSensitive: acronym);
            }));

    private static bool IsAcronym(string text) => text.Length <= 4 && text.All(c => char.IsUpper(c) || !char.IsLetter(c));

    private static string Key(string phrase) => SkillTaxonomy.Key(phrase);
}
