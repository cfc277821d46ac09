using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class ContentChecksTests
{
    [Fact]
    public void The_share_of_bullets_with_figures_is_reported_by_kind_and_plain_bullets_are_quoted()
    {
        var resume = Resumes.Strong().WithBullets(
            "Cut p95 latency from 900 ms to 120 ms",
            "Saved $180K a year on hosting",
            "Maintained the billing service",
            "Worked closely with the product team",
            "Owned the on-call rotation",
            "Wrote the internal style guide");

        var check = Scoring.Check(resume, CheckIds.QuantifiedImpact);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal("2 of 6 bullets (33 %) carry a number (money in 1, times in 1).", check.Detail);
        Assert.Equal(["Maintained the billing service", "Worked closely with the product team", "Owned the on-call rotation", "Wrote the internal style guide"], check.Evidence);
        Assert.Contains("Start with 'Maintained the billing service'", check.Fix);
        Assert.Contains("40K requests a minute", check.Fix);
    }

    [Fact]
    public void Every_bullet_given_a_number_raises_the_check_until_three_in_four_have_one()
    {
        string[] plain = ["Maintained the billing service", "Owned the on-call rotation", "Wrote the style guide", "Ran the hiring loop"];
        string[] measured = ["Maintained the billing service for 2M users", "Owned the on-call rotation for 40 services", "Wrote the style guide adopted by 6 teams", "Ran the hiring loop for 12 engineers"];
        var scores = Enumerable.Range(0, 5)
            .Select(n => Scoring.Check(Resumes.Strong().WithBullets([.. measured[..n], .. plain[n..]]), CheckIds.QuantifiedImpact).Score)
            .ToList();

        Assert.Equal([0, 33, 67, 100, 100], scores);
    }

    [Fact]
    public void Weak_openers_are_flagged_with_the_bullet_quoted_and_turned_around_with_a_guide_verb()
    {
        var resume = Resumes.Strong().WithBullets(
            "Responsible for maintaining the billing API",
            "Worked on the payments migration",
            "Helped the team ship faster",
            "Duties included code reviews",
            "Optimized 15 slow queries with indexes",
            "Built a Kafka pipeline for 3M events a day");

        var check = Scoring.Check(resume, CheckIds.ActionVerbs);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("2 of 6 bullets open with a strong verb; 4 open weakly ('Responsible for', 'Worked on', 'Helped', 'Duties included')", check.Detail);
        Assert.Equal(["Responsible for maintaining the billing API", "Worked on the payments migration", "Helped the team ship faster", "Duties included code reviews"], check.Evidence);
        Assert.Contains("→ 'Maintained the billing API", check.Fix);
        Assert.Contains("Architected", check.Fix);
    }

    [Fact]
    public void Strong_verbs_pass_in_past_or_present_tense_and_nouns_count_half()
    {
        var present = Resumes.Strong().WithBullets("Lead a team of 5 engineers", "Optimize queries for the ledger", "Architect the event bus", "Builds the release tooling");
        var nouns = Resumes.Strong().WithBullets("Kafka pipeline for billing", "Team lead for payments", "Architected the event bus", "Built the release tooling");

        Assert.Equal(CheckStatus.Pass, Scoring.Check(present, CheckIds.ActionVerbs).Status);
        var check = Scoring.Check(nouns, CheckIds.ActionVerbs);
        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Contains("2 open with no verb", check.Detail);
    }

    [Fact]
    public void A_missing_summary_fails_and_the_fix_gives_the_guides_advice_and_example()
    {
        var resume = Resumes.Strong() with { Basics = Resumes.Strong().Basics with { Summary = null } };

        var check = Scoring.Check(resume, CheckIds.Summary);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal(["Header: Ada Quinn — Senior Backend Engineer"], check.Evidence);
        Assert.Contains("years of experience", check.Fix);
        Assert.Contains("For example: 'Backend engineer with 6 years", check.Fix);
    }

    [Fact]
    public void A_generic_summary_is_told_what_it_lacks_using_the_resumes_own_skills_and_results()
    {
        var resume = Resumes.Strong() with { Basics = Resumes.Strong().Basics with { Summary = "Hard-working team player who loves solving problems and learning new things every day." } };

        var check = Scoring.Check(resume, CheckIds.Summary);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("lacks length (under 30 words), years of experience, named skills and a measured result", check.Detail);
        Assert.Contains("with over 7 years of experience", check.Fix);
        Assert.Contains("e.g. AWS, Apache Kafka, Docker", check.Fix);
        Assert.Contains("'Architected an order API in Go serving 40K requests per minute", check.Fix);
    }

    [Fact]
    public void A_specific_summary_passes()
    {
        var check = Scoring.Check(Resumes.Strong(), CheckIds.Summary);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Contains("years stated ('7 years')", check.Detail);
        Assert.Contains("a figure ('45%')", check.Detail);
    }

    [Fact]
    public void Security_work_that_is_never_shown_gets_the_guides_fix()
    {
        var resume = Resumes.Strong().WithBullets(
            "Architected an order API in Go serving 40K requests per minute",
            "Optimized 15 slow PostgreSQL queries with composite indexes",
            "Built integration tests that raised coverage from 55% to 88%",
            "Migrated 12 services to Kubernetes with zero downtime");

        var check = Scoring.Check(resume, CheckIds.RoleEvidence);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(75, check.Score);
        Assert.Contains("no sign of: Security and authentication", check.Detail);
        Assert.Contains("Database work: Optimized 15 slow PostgreSQL queries with composite indexes", check.Evidence);
        Assert.StartsWith("Security and authentication: Mention what you did to protect the system", check.Fix);
    }

    [Fact]
    public void Work_only_named_in_the_skills_list_counts_half_of_work_shown_in_a_bullet()
    {
        var shown = Resumes.Strong().WithBullets("Implemented OAuth 2.0 sign-in for 2M users", "Optimized 15 slow queries", "Designed the REST API", "Added integration tests");
        var named = shown.WithBullets("Shipped sign-in for 2M users", "Optimized 15 slow queries", "Designed the REST API", "Added integration tests") with
        {
            Skills = [.. Resumes.Strong().Skills, new Skill { Name = "Security", Keywords = ["OAuth", "JWT"] }],
        };

        Assert.Equal(100, Scoring.Check(shown, CheckIds.RoleEvidence).Score);
        var check = Scoring.Check(named, CheckIds.RoleEvidence);
        Assert.Equal(88, check.Score);
        Assert.Contains("named but not shown: Security and authentication", check.Detail);
        Assert.Contains("Security and authentication (named only): Security: OAuth, JWT", check.Evidence);
    }
}
