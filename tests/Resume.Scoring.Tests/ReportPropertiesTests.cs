using System.Globalization;
using System.Text.RegularExpressions;
using Resume.Fixtures;
using Resume.Model;
using Resume.Parsing;
using Resume.Scoring.Reading;

namespace Resume.Scoring.Tests;

/// <summary>
/// What every report must keep, stated over many generated résumés of every field, each scored for its own guide, for
/// the best fitting one and for another, and over the hand-written résumés of <see cref="RoleFitEvalSet"/> as the parser
/// reads them: no two findings contradict each other, every quote is the résumé's own, a pass never says something is
/// missing, status, text and evidence agree, and the verdict agrees with the failures.
/// </summary>
public sealed partial class ReportPropertiesTests
{
    private static readonly string[] FactLabels = ["Sections", "Pages", "Words", "Experience", "File type", "Parser", "Parser warning", "Header"];

    public static TheoryData<string> Roles() => new(RoleGuideCatalog.BuiltIn.Roles);

    /// <summary>Every field person, varied 20 times, scored for their own guide, auto and a guide of another field.</summary>
    private static IEnumerable<(ResumeDocument Resume, string Role, ScoreReport Report)> Reports(string field)
    {
        var roles = RoleGuideCatalog.BuiltIn.Roles.ToList();
        var random = new Random(field.GetHashCode(StringComparison.Ordinal) & 0xffff);
        foreach (var (role, person) in PeopleGenerator.Generate(20).Where(p => p.Role == field))
        {
            var resume = PersonDocument.Of(person);
            foreach (var asked in new[] { role, RoleGuideCatalog.Auto, roles[random.Next(roles.Count)] })
            {
                yield return (resume, asked, Scoring.Score(resume, asked));
            }
        }
    }

    /// <summary>Every hand-written résumé, parsed, scored for auto, its own guides and a wrong one.</summary>
    private static readonly Lazy<List<(ResumeDocument Resume, string Role, ScoreReport Report)>> HandWritten = new(() =>
    {
        var parser = new ResumeParser();
        var reports = new List<(ResumeDocument, string, ScoreReport)>();
        foreach (var c in RoleFitEvalSet.Cases)
        {
            using var stream = new MemoryStream(c.Content);
            // A file that does not parse would drop out of every property below unnoticed: it fails here instead.
            var resume = parser.Parse(stream).Resume ?? throw new InvalidOperationException($"{c.File} did not parse.");
            foreach (var role in c.Own.Prepend(RoleGuideCatalog.Auto).Append(c.Wrong))
            {
                reports.Add((resume, role, Scoring.Score(resume, role)));
            }
        }
        return reports;
    });

    [Theory]
    [MemberData(nameof(Roles))]
    public void No_two_findings_contradict_each_other(string field) => NoContradictions(Reports(field));

    [Fact]
    public void No_two_findings_contradict_each_other_on_hand_written_resumes() => NoContradictions(HandWritten.Value);

    [Theory]
    [MemberData(nameof(Roles))]
    public void Every_quote_comes_from_the_resume(string field) => QuotesFromTheResume(Reports(field));

    [Fact]
    public void Every_quote_comes_from_the_resume_on_hand_written_resumes() => QuotesFromTheResume(HandWritten.Value);

    [Theory]
    [MemberData(nameof(Roles))]
    public void Status_text_and_evidence_agree(string field) => StatusTextAndEvidenceAgree(Reports(field));

    [Fact]
    public void Status_text_and_evidence_agree_on_hand_written_resumes() => StatusTextAndEvidenceAgree(HandWritten.Value);

    [Theory]
    [MemberData(nameof(Roles))]
    public void Common_mistakes_are_said_only_when_their_condition_was_found(string field) => MistakesOnlyWhenFound(Reports(field));

    [Fact]
    public void Common_mistakes_are_said_only_when_their_condition_was_found_on_hand_written_resumes() => MistakesOnlyWhenFound(HandWritten.Value);

    private static void NoContradictions(IEnumerable<(ResumeDocument Resume, string Role, ScoreReport Report)> reports)
    {
        foreach (var (resume, role, report) in reports)
        {
            var because = $"{resume.Basics.Name} as {role}";
            var years = new ResumeReading(resume, RoleGuideCatalog.BuiltIn.Taxonomy, new DateOnly(2026, 6, 1)).YearsOfExperience;
            var sentences = report.Checks.SelectMany(c => new[] { c.Detail, c.Fix }).Concat(report.Guide.Advice).Append(report.Verdict).ToList();

            // One experience figure: every statement of the candidate's years agrees with it.
            foreach (var sentence in sentences)
            {
                foreach (Match m in AboutYears().Matches(sentence))
                {
                    Assert.Equal(years.ToString("0.#", CultureInfo.InvariantCulture), m.Groups[1].Value);
                }
                foreach (Match m in OverYears().Matches(sentence))
                {
                    var whole = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    Assert.True(whole <= years + 0.05 && years < whole + 1, $"{because}: '{m.Value}' for {years:0.##} years");
                }
                foreach (Match m in UnderYears().Matches(sentence))
                {
                    Assert.True(years < double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), $"{because}: '{m.Value}' for {years:0.##} years");
                }
                foreach (Match m in FromYears().Matches(sentence))
                {
                    Assert.True(years >= double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), $"{because}: '{m.Value}' for {years:0.##} years");
                }
            }

            // One length threshold, and one page count, across the whole report.
            var thresholds = sentences.SelectMany(s => ThresholdYears().Matches(s)).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.True(thresholds.Count <= 1, $"{because}: length thresholds {string.Join(", ", thresholds)}");
            var pageRules = sentences.SelectMany(s => PageRecommendation().Matches(s)).Select(m => m.Value).Distinct().ToList();
            Assert.True(pageRules.Count <= 1, $"{because}: {string.Join(" | ", pageRules)}");

            // A poor fit is the first finding and keeps the score out of "Fair"; a good fit is never told it does not fit.
            var fit = report.Checks.Single(c => c.Id == CheckIds.RoleFit);
            if (report.RoleFit!.Fit == RoleFits.Poor)
            {
                Assert.Equal(CheckIds.RoleFit, report.Checks[0].Id);
                Assert.Equal(CheckStatus.Fail, fit.Status);
                Assert.True(report.Score < ScoreBands.FairFrom && report.Score < 50, $"{because}: {report.Score}");
                Assert.StartsWith("Not yet a", report.Verdict, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("does not show the work", fit.Detail, StringComparison.Ordinal);
                Assert.DoesNotContain("Not yet a", report.Verdict, StringComparison.Ordinal);
            }
        }
    }

    private static void QuotesFromTheResume(IEnumerable<(ResumeDocument Resume, string Role, ScoreReport Report)> reports)
    {
        foreach (var (resume, role, report) in reports)
        {
            var reading = new ResumeReading(resume, RoleGuideCatalog.BuiltIn.Taxonomy, new DateOnly(2026, 6, 1));
            var corpus = Normal(string.Join("\n", ResumeReading.AllTexts(resume).Concat(resume.Meta.Sections.Select(s => s.Heading))));
            var skills = reading.AllSkills.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var line in report.Checks.SelectMany(c => c.Evidence.Select(e => (c.Id, Line: e))).Concat(report.RoleFit!.Evidence.Select(e => (Id: "roleFit", Line: e))))
            {
                Assert.True(Quoted(line.Line, corpus, skills), $"{resume.Basics.Name} as {role}, {line.Id}: '{line.Line}' is not from the résumé");
            }
        }
    }

    private static void StatusTextAndEvidenceAgree(IEnumerable<(ResumeDocument Resume, string Role, ScoreReport Report)> reports)
    {
        foreach (var (resume, role, report) in reports)
        {
            var because = $"{resume.Basics.Name} as {role}";
            foreach (var check in report.Checks)
            {
                // A pass never says something is missing, and only a pass has nothing to fix.
                if (check.Status == CheckStatus.Pass)
                {
                    Assert.DoesNotMatch(Absence(), check.Detail);
                }
                Assert.Equal(check.Status == CheckStatus.Pass, check.Fix.Length == 0);
                if (check.Status != CheckStatus.Pass)
                {
                    Assert.NotEmpty(check.Evidence);
                }
            }

            // What a finding says is absent is absent.
            Assert.True(!report.Checks.Any(c => c.Detail.StartsWith("There is no summary", StringComparison.Ordinal)) || string.IsNullOrWhiteSpace(resume.Basics.Summary), because);
            Assert.True(!report.Checks.Any(c => c.Detail.StartsWith("There is no skills list", StringComparison.Ordinal)) || resume.Skills.All(s => s.Keywords.Count == 0), because);
            Assert.True(!report.Checks.Any(c => c.Detail.StartsWith("No certifications are listed", StringComparison.Ordinal)) || resume.Certificates.Count == 0, because);
            var grouped = report.Checks.Single(c => c.Id == CheckIds.SkillsGrouped);
            if (grouped.Detail.Contains("in one list", StringComparison.Ordinal))
            {
                Assert.True(resume.Skills.Count(s => s.Keywords.Count > 0) <= 1, $"{because}: {grouped.Detail}");
            }

            // The verdict names the failures when there are any, and only then.
            var failed = report.Checks.Count(c => c.Status == CheckStatus.Fail && c.Weight > 0);
            if (failed > 0)
            {
                Assert.DoesNotContain("send it", report.Verdict, StringComparison.Ordinal);
                Assert.Contains("failed check", report.Verdict, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("failed", report.Verdict, StringComparison.Ordinal);
            }
            Assert.Equal(ScoreBands.Of(report.Score) == ScoreBands.Strong && failed == 0 && report.RoleFit!.Fit != RoleFits.Poor, report.Verdict.Contains("send it", StringComparison.Ordinal));
        }
    }

    private static void MistakesOnlyWhenFound(IEnumerable<(ResumeDocument Resume, string Role, ScoreReport Report)> reports)
    {
        foreach (var (resume, role, report) in reports)
        {
            var guide = RoleGuideCatalog.BuiltIn.Compiled(report.Guide.Role);
            var reading = new ResumeReading(resume, RoleGuideCatalog.BuiltIn.Taxonomy, new DateOnly(2026, 6, 1));
            var named = reading.ListedSkills.Concat(reading.SkillsIn(resume.Basics.Summary).Select(m => m.Skill)).Concat(reading.SkillsIn(resume.Basics.Label).Select(m => m.Skill)).ToHashSet();
            for (var i = 0; i < guide.Guide.Mistakes.Count; i++)
            {
                var mistake = guide.Guide.Mistakes[i];
                if (!report.Guide.Advice.Any(a => a.StartsWith(mistake.Mistake, StringComparison.Ordinal)))
                {
                    continue;
                }
                var because = $"{resume.Basics.Name} as {role}: '{mistake.Mistake}'";
                var (listed, shown) = guide.MistakeSkills[i];
                Assert.True(listed.Count == 0 || listed.Overlaps(named), because);
                Assert.True(shown.Count == 0 || shown.Overlaps(reading.ExperienceSkills), because);
                if (mistake.Checks is { Count: > 0 } checks)
                {
                    Assert.Contains(report.Checks, c => checks.Contains(c.Id) && c.Status != CheckStatus.Pass && c.Weight > 0);
                }
                if (mistake.Evidence is not null)
                {
                    Assert.NotEqual(CheckStatus.Pass, report.Checks.Single(c => c.Id == CheckIds.RoleEvidence).Status);
                }
            }
        }
    }

    /// <summary>A quote, or a fact with its label, or a list of the résumé's own words and skills.</summary>
    private static bool Quoted(string line, string corpus, IReadOnlySet<string> skills)
    {
        bool Occurs(string piece)
        {
            var text = Normal(piece.Split('…')[0]).Trim().TrimEnd('.', ',', ';');
            return text.Length == 0 || corpus.Contains(text, StringComparison.OrdinalIgnoreCase) || skills.Contains(text)
                   || text is "present" or "no start date" or "An untitled position" || text.All(c => !char.IsLetter(c));
        }

        bool Pieces(string text) => PieceSeparators().Split(text).All(Occurs);

        if (line is "No sections were found.")
        {
            return true;
        }
        if (Occurs(line) || Pieces(line))
        {
            return true;
        }
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var rest = line[(colon + 2)..];
            if (Occurs(rest) || Pieces(rest))
            {
                return true;
            }
            // A fact the scorer states about the file, under its label.
            return FactLabels.Contains(line[..colon]);
        }
        return false;
    }

    private static string Normal(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"about (\d+(?:\.\d)?) years of experience")]
    private static partial Regex AboutYears();

    [GeneratedRegex(@"over (\d+) years? of experience")]
    private static partial Regex OverYears();

    [GeneratedRegex(@"recommends under (\d+) years")]
    private static partial Regex UnderYears();

    [GeneratedRegex(@"recommends from (\d+) years")]
    private static partial Regex FromYears();

    [GeneratedRegex(@"(?:under|from) (\d+) years")]
    private static partial Regex ThresholdYears();

    [GeneratedRegex(@"(?:one page|two pages)(?: \((?:one page|two pages) at most\))?, as the")]
    private static partial Regex PageRecommendation();

    [GeneratedRegex(@"\b(?:none|missing|no sign of|not shown|not found)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Absence();

    [GeneratedRegex(@", | \(|\) | – |\)$| · |; |: ")]
    private static partial Regex PieceSeparators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
