using System.Text.RegularExpressions;
using Resume.Model;

namespace Resume.Scoring.Tests;

/// <summary>Properties every score must keep, whatever the résumé: better résumés never score lower, and scores are repeatable.</summary>
public sealed partial class ScorerPropertiesTests
{
    [Fact]
    public void A_strong_backend_resume_passes_every_check_and_scores_high()
    {
        var report = Scoring.Score(Resumes.Strong());

        Assert.All(report.Checks, c => Assert.True(c.Status == CheckStatus.Pass, $"{c.Id}: {c.Detail} {c.Fix}"));
        Assert.InRange(report.Score, 90, 100);
        Assert.Equal(["ats", "structure", "content", "skills"], report.Subscores.Keys);
    }

    [Fact]
    public void Adding_numbers_to_bullets_one_by_one_never_lowers_the_score()
    {
        var plain = Resumes.StrongBullets.Select(StripNumbers).ToArray();
        var previous = Scoring.Score(Resumes.Strong().WithBullets(plain)).Score;
        for (var i = 0; i < plain.Length; i++)
        {
            var bullets = Resumes.StrongBullets[..(i + 1)].Concat(plain[(i + 1)..]).ToArray();

            var score = Scoring.Score(Resumes.Strong().WithBullets(bullets)).Score;

            Assert.True(score >= previous, $"Quantifying bullet {i + 1} lowered the score from {previous} to {score}.");
            previous = score;
        }
        Assert.True(previous > Scoring.Score(Resumes.Strong().WithBullets(plain)).Score);
    }

    [Fact]
    public void Moving_sections_toward_the_guides_order_never_lowers_the_score()
    {
        string[] guideOrder = [SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work, SectionKinds.Education, SectionKinds.Certificates];
        var order = guideOrder.Reverse().ToList();
        var previous = Scoring.Score(Resumes.Strong().WithSections([.. order])).Score;
        // Bubble sort toward the guide's order: every swap fixes one pair.
        for (var swapped = true; swapped;)
        {
            swapped = false;
            for (var i = 0; i + 1 < order.Count; i++)
            {
                if (Array.IndexOf(guideOrder, order[i]) > Array.IndexOf(guideOrder, order[i + 1]))
                {
                    (order[i], order[i + 1]) = (order[i + 1], order[i]);
                    swapped = true;
                    var score = Scoring.Score(Resumes.Strong().WithSections([.. order])).Score;
                    Assert.True(score >= previous, $"Reordering to {string.Join(",", order)} lowered the score from {previous} to {score}.");
                    previous = score;
                }
            }
        }
        Assert.True(previous > Scoring.Score(Resumes.Strong().WithSections([.. guideOrder.Reverse()])).Score);
    }

    [Fact]
    public void A_resume_stripped_of_numbers_and_strong_verbs_scores_lower_than_the_original()
    {
        var original = Resumes.Strong();
        var stripped = original.WithBullets(Resumes.StrongBullets.Select(b => "Worked on " + StripNumbers(b).Split(' ', 2)[1]).ToArray());

        var before = Scoring.Score(original);
        var after = Scoring.Score(stripped);

        Assert.True(after.Score < before.Score - 15, $"{before.Score} → {after.Score}");
        Assert.True(after.Check(CheckIds.QuantifiedImpact).Score < before.Check(CheckIds.QuantifiedImpact).Score);
        Assert.True(after.Check(CheckIds.ActionVerbs).Score < before.Check(CheckIds.ActionVerbs).Score);
    }

    [Fact]
    public void An_image_only_resume_gets_one_finding_the_cause_and_no_judgement_of_content()
    {
        var report = Scoring.Score(Resumes.ImageOnly(), RoleGuideCatalog.Auto);

        Assert.False(report.Readable);
        var readability = Assert.Single(report.Checks);
        Assert.Equal(CheckIds.AtsReadability, readability.Id);
        Assert.Equal(CheckStatus.Fail, readability.Status);
        Assert.Contains("no text layer", readability.Detail);
        Assert.Contains("Page 1 is a picture with no text layer.", readability.Evidence[0]);
        Assert.Contains("real text", readability.Fix);
        Assert.StartsWith("An applicant tracking system reads no text in this file", report.Verdict);
        Assert.Equal(["ats"], report.Subscores.Keys);
        Assert.Empty(report.Guide.Advice);
    }

    [Fact]
    public void A_scan_read_by_ocr_is_judged_on_its_text_with_the_ats_finding_first()
    {
        var ocr = Resumes.Strong().WithWarnings(ParseWarningCodes.ImageOnly, ParseWarningCodes.ReadByOcr);

        var report = Scoring.Score(ocr);

        Assert.True(report.Readable);
        Assert.Equal(CheckIds.AtsReadability, report.Checks[0].Id);
        Assert.Equal(CheckStatus.Fail, report.Checks[0].Status);
        Assert.Contains(report.Checks[0].Evidence, e => e.Contains(ParseWarningCodes.ReadByOcr, StringComparison.Ordinal));
        Assert.DoesNotContain(Scoring.Score(Resumes.ImageOnly()).Checks[0].Evidence, e => e.Contains(ParseWarningCodes.ReadByOcr, StringComparison.Ordinal));
        Assert.True(report.Checks.Count > 10);
        Assert.Equal(CheckStatus.Pass, report.Check(CheckIds.QuantifiedImpact).Status);
    }

    [Fact]
    public void The_same_input_gives_the_same_report_byte_for_byte()
    {
        var posting = "Requirements:\n- Go and PostgreSQL\n- Kubernetes\nNice to have: GraphQL";
        var first = ResumeJson.Serialize(Scoring.Score(Resumes.Strong(), posting: posting));
        var second = ResumeJson.Serialize(new ResumeScorer(RoleGuideCatalog.BuiltIn, FixedClock.June2026).Score(Resumes.Strong(), RoleGuideCatalog.DefaultRole, posting));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_check_that_does_not_pass_says_what_to_change_and_quotes_the_resume()
    {
        var weak = Resumes.Strong().WithBullets(["Responsible for the billing API", "Worked on database stuff", "Helped the team", "Duties included code reviews"]) with
        {
            Basics = new Basics { Name = "Ada Quinn", Email = "ada@example.com" },
            Skills = [new Skill { Keywords = ["Go", "Java", "PostgreSQL", "Docker", "Jira", "Kafka", "Redis"] }],
            Certificates = [],
        };

        var report = Scoring.Score(weak.WithSections(SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills).WithWarnings(ParseWarningCodes.MultiColumn));

        var failing = report.Checks.Where(c => c.Status != CheckStatus.Pass).ToList();
        Assert.True(failing.Count >= 6, string.Join(", ", failing.Select(c => c.Id)));
        Assert.All(failing, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Fix), $"{c.Id} has no fix");
            Assert.NotEmpty(c.Evidence);
            Assert.False(string.IsNullOrWhiteSpace(c.Detail), $"{c.Id} has no detail");
        });
    }

    [Fact]
    public void A_check_passes_exactly_when_it_has_nothing_to_fix()
    {
        var strong = Resumes.Strong();
        ResumeDocument[] resumes =
        [
            strong,
            Resumes.ImageOnly(),
            strong with { Basics = strong.Basics with { Location = null } },
            strong with { Basics = strong.Basics with { Summary = "Backend engineer with 7 years in Go and PostgreSQL, building payment APIs for shops across Europe and keeping them fast." } },
            strong.WithBullets(Resumes.StrongBullets.Select(StripNumbers).ToArray()).WithSections(SectionKinds.Work, SectionKinds.Summary),
            strong with { Skills = [new Skill { Keywords = ["Go", "Java"] }], Certificates = [new Certificate { Name = "Certified ScrumMaster" }] },
        ];

        var checks = resumes.SelectMany(r => Scoring.Score(r, posting: "Requirements: Go, Rust").Checks).ToList();

        Assert.All(checks, c => Assert.Equal(c.Status == CheckStatus.Pass, c.Fix.Length == 0));
        Assert.Contains(checks, c => c.Status == CheckStatus.Pass);
        Assert.Contains(checks, c => c.Status != CheckStatus.Pass);
    }

    [Fact]
    public void The_overall_score_is_the_weighted_mean_of_the_checks_that_apply()
    {
        var report = Scoring.Score(Resumes.Strong().WithBullets(Resumes.StrongBullets.Select(StripNumbers).ToArray()));

        var counted = report.Checks.Where(c => c.Weight > 0).ToList();
        var mean = counted.Sum(c => c.Weight * c.Score) / (double)counted.Sum(c => c.Weight);
        Assert.InRange(report.Score, mean - 1, mean + 1);
        Assert.All(report.Subscores.Values, s => Assert.InRange(s, 0, 100));
    }

    private static string StripNumbers(string bullet) => Spaces().Replace(Figures().Replace(bullet, ""), " ").Trim();

    [GeneratedRegex(@"[$]?\d[\d,.]*(?:%|K|M|ms)?")]
    private static partial Regex Figures();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
