using Resume.Model;

namespace Resume.Parsing;

/// <summary>
/// How sure the parser can be of what it read, judged from the result's own shape: an experience entry without an
/// employer, a title or dates, a degree without a school, a "skill" as long as a sentence are the marks a misread
/// leaves. Figures are 0–1, rounded to two places.
/// </summary>
internal static class ParseConfidence
{
    /// <summary>Below this a section is worth a person's look before advice about it is trusted.</summary>
    public const double Low = 0.6;

    public static double Work(IReadOnlyList<Model.Work> entries, int lines) =>
        Mean(entries, lines, w => 0.3 * Has(w.Name) + 0.3 * Has(w.Position) + 0.25 * Has(w.StartDate)
            + 0.15 * (w.Highlights.Count > 0 || Has(w.Summary) > 0 ? 1 : 0) - Suspicious(w.Name) - Suspicious(w.Position));

    public static double Education(IReadOnlyList<Model.Education> entries, int lines) =>
        Mean(entries, lines, e => 0.5 * Has(e.Institution) + 0.3 * Has(e.StudyType) + 0.2 * Has(e.EndDate ?? e.StartDate)
            - Suspicious(e.Institution));

    public static double Skills(IReadOnlyList<Skill> groups, int lines)
    {
        var keywords = groups.SelectMany(g => g.Keywords).ToList();
        if (keywords.Count == 0)
        {
            return lines == 0 ? 1 : 0.3;
        }
        // Skills are names; a "keyword" of many words is a sentence or an entry read into the wrong section.
        var long_ = keywords.Count(k => k.Length > 40 || k.Count(c => c == ' ') >= 5);
        return Round(1 - (double)long_ / keywords.Count);
    }

    public static double Items(int items, int lines) => lines == 0 || items > 0 ? 1 : 0.4;

    /// <summary>A section can be no surer than the share of its lines the result holds; a section not judged otherwise
    /// is judged by that share once any of its lines was left out.</summary>
    public static double? Placed(double? confidence, (int Lines, int Unplaced) section) =>
        section.Unplaced == 0 || section.Lines == 0 ? confidence : Round((confidence ?? 1) * (1 - (double)section.Unplaced / section.Lines));

    /// <summary>The document's figure: sections weighed by how much the score leans on them, times what the basics
    /// and the file itself say, and never above the share of its lines the result holds (a document with a third of
    /// its lines read into no field is at most two thirds sure, however well the rest was read).</summary>
    public static double Document(IReadOnlyList<SectionInfo> sections, Basics basics, bool imageOnly, int unplaced, int lines)
    {
        if (imageOnly)
        {
            return 0;
        }
        double sum = 0, weights = 0;
        foreach (var s in sections)
        {
            if (s.Confidence is not { } c)
            {
                continue;
            }
            var weight = s.Kind switch { SectionKinds.Work => 3, SectionKinds.Education or SectionKinds.Skills => 2, _ => 1 };
            sum += weight * c;
            weights += weight;
        }
        var body = weights == 0 ? 0.4 : sum / weights;
        var who = (Has(basics.Name) > 0 ? 1 : 0.8) * (Has(basics.Email) > 0 || Has(basics.Phone) > 0 ? 1 : 0.85);
        var placed = lines == 0 ? 1 : 1 - (double)unplaced / lines;
        return Round(Math.Min(body * who, placed));
    }

    private static double Mean<T>(IReadOnlyList<T> entries, int lines, Func<T, double> score)
    {
        if (entries.Count == 0)
        {
            return lines == 0 ? 1 : 0.2; // lines under the heading, and nothing read from them
        }
        return Round(entries.Average(e => Math.Clamp(score(e), 0, 1)));
    }

    private static double Has(string? value) => string.IsNullOrWhiteSpace(value) ? 0 : 1;

    /// <summary>A name or title as long as a sentence, or ending like one, was read from the wrong line.</summary>
    private static double Suspicious(string? value) =>
        value is null ? 0 : value.Length > 70 || value.Count(c => c == ' ') >= 8 || value.EndsWith('.') && value.Count(c => c == ' ') >= 4 ? 0.3 : 0;

    private static double Round(double value) => Math.Round(Math.Clamp(value, 0, 1), 2);
}
