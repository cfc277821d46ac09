using System.Text.RegularExpressions;
using ModelWork = Resume.Model.Work;

namespace Resume.Parsing.Fields;

/// <summary>
/// "Ancient History (Spring 2024)", "Cultural and Intellectual History of Modern Europe (Fall 2016 and Spring 2015)": an
/// academic's teaching lists the courses given, each closed by the term it was given in, in brackets, under the line of
/// the appointment ("Virginia Tech: Lecturer"). A course names no title and no employer; it is not a job, and neither is
/// the bare label over the courses. A line with a title's word ("Teaching Assistant (Fall 2015)") or an institution
/// stays a job.
/// </summary>
internal static partial class TermCourses
{
    /// <summary>The entry's header ends on a bracketed academic term with its year.</summary>
    public static bool EndsOnTerm(Entry entry) => EndsOnTerm(string.Join(" ", entry.Header.Select(l => l.Text)));

    /// <summary>The header's text ends on a bracketed academic term with its year.</summary>
    public static bool EndsOnTerm(string header) => Term().IsMatch(header.TrimEnd('.', ' '));

    /// <summary>Which of a section's jobs to keep: all but its courses and each bare label (no dates, no body) just
    /// above a course it heads. <paramref name="onTerm"/> says, job for job, whether its header ended on a term. Two
    /// courses at least: a single line so shaped is too little to call a list of courses.</summary>
    public static List<int> Kept(List<ModelWork> jobs, List<bool> onTerm)
    {
        var course = jobs.Select((j, i) => i < onTerm.Count && onTerm[i] && IsCourse(j)).ToList();
        var all = Enumerable.Range(0, jobs.Count).ToList();
        if (course.Count(c => c) < 2)
        {
            return all;
        }
        return all.Where(i => !course[i] && !(i + 1 < jobs.Count && course[i + 1] && jobs[i].StartDate is null && !HasBody(jobs[i]))).ToList();
    }

    private static bool IsCourse(ModelWork job) => !HasBody(job) && NamesNoRole(job.Name) && NamesNoRole(job.Position);

    private static bool HasBody(ModelWork job) => job.Highlights.Count > 0 || !string.IsNullOrEmpty(job.Summary);

    /// <summary>No word of the phrase heads a job title or names an institution or organisation.</summary>
    private static bool NamesNoRole(string? phrase) =>
        phrase is null || !phrase.Split([' ', ',', '(', ')', ':', ';'], StringSplitOptions.RemoveEmptyEntries).Any(RoleWords.EndsWithHead)
        && !RoleWords.NamesInstitution(phrase) && !RoleWords.NamesOrganisation(phrase);

    /// <summary>"(Spring 2024)", "(Fall 2016 and Spring 2015)", "(WS 2019/20)", "(semestre d'automne 2018)", "(Herbst
    /// 2017)": a season or teaching period and a year, in brackets, closing the line.</summary>
    [GeneratedRegex(@"\((?=[^()]*\b(?:19|20)\d{2}\b)[^()]*\b(?i:spring|summer|fall|autumn|winter|michaelmas|hilary|trinity|lent|semester|term|quarters?|trimester|ws|ss|wise|sose|wintersemester|sommersemester|semestre|trimestre|cuatrimestre|fr[üu]hjahr|herbst|printemps|automne|hiver|primavera|oto[ñn]o|invierno|verano|autunno|inverno)\b[^()]*\)$")]
    private static partial Regex Term();
}
