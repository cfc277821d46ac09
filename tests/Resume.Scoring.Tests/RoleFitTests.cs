using Resume.Fixtures;
using Resume.Model;
using Resume.Scoring.Reading;
using Xunit.Abstractions;

namespace Resume.Scoring.Tests;

/// <summary>Which guide a résumé fits, on a person of every guide's field.</summary>
public sealed class RoleFitTests(ITestOutputHelper output)
{
    public static TheoryData<string> Roles() => new(RoleGuideCatalog.BuiltIn.Roles);

    [Fact]
    public void Every_guide_has_a_person_of_its_field_to_test_it_on()
    {
        Assert.Equal(RoleGuideCatalog.BuiltIn.Roles.Order(StringComparer.Ordinal), FieldPeople.ByRole.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void A_person_of_each_field_fits_their_own_guide_better_than_any_other(string role)
    {
        var resume = PersonDocument.Of(FieldPeople.ByRole[role]);
        var fits = RoleGuideCatalog.BuiltIn.Fitter.Measure(new ResumeReading(resume, RoleGuideCatalog.BuiltIn.Taxonomy, new DateOnly(2026, 6, 1)));
        output.WriteLine(string.Join("\n", fits.OrderByDescending(f => f.Score).Select(f => $"{f.Role,-22} {f.Score:0.00}  title {f.Title:0.0} skills {f.Skills:0.00} degree {f.Degree:0} work {f.Work:0.00}")));

        var report = Scoring.Score(resume, RoleGuideCatalog.Auto);

        Assert.Equal(role, report.RoleFit!.Role);
        Assert.Equal(role, report.RoleFit.BestRole);
        Assert.Equal(RoleFits.Good, report.RoleFit.Fit);
        Assert.True(report.RoleFit.Chosen);
        Assert.Equal(role, report.Guide.Role);
        if (role != RoleGuideCatalog.General)
        {
            var own = fits.Single(f => f.Role == role).Score;
            Assert.All(fits.Where(f => f.Role != role), other => Assert.True(other.Score < own, $"{other.Role} fits {other.Score:0.00}, {role} {own:0.00}"));
        }
    }

    public static TheoryData<string, string> OtherFields() => new()
    {
        { "registered-nurse", "backend-developer" },
        { "teacher", "backend-developer" },
        { "accountant", "backend-developer" },
        { "product-designer", "backend-developer" },
        { "registered-nurse", "accountant" },
        { "backend-developer", "teacher" },
    };

    [Theory]
    [MemberData(nameof(OtherFields))]
    public void Scored_for_another_fields_guide_a_resume_is_told_first_that_it_does_not_fit_and_scores_below_50(string field, string asked)
    {
        var report = Scoring.Score(PersonDocument.Of(FieldPeople.ByRole[field]), asked);
        output.WriteLine($"{field} as {asked}: {report.Score}; {report.Verdict}");

        Assert.Equal(RoleFits.Poor, report.RoleFit!.Fit);
        Assert.Equal(asked, report.RoleFit.Role);
        Assert.Equal(field, report.RoleFit.BestRole);
        Assert.True(report.Score < 50, $"{report.Score}");
        Assert.NotEqual(ScoreBands.Fair, ScoreBands.Of(report.Score));
        var first = report.Checks[0];
        Assert.Equal(CheckIds.RoleFit, first.Id);
        Assert.Equal(CheckStatus.Fail, first.Status);
        Assert.Contains($"does not show the work of", first.Detail);
        Assert.Contains(RoleGuideCatalog.BuiltIn.Get(asked).Title, first.Detail);
        Assert.Contains($"It fits the {RoleGuideCatalog.BuiltIn.Get(field).Title} guide", first.Detail);
        Assert.Contains($"role '{field}'", first.Fix);
        Assert.StartsWith("Not yet a", report.Verdict);
        Assert.Contains($"{RoleGuideCatalog.BuiltIn.Get(asked).Title} résumé", report.Verdict);
    }

    [Fact]
    public void A_poor_fit_keeps_its_order_better_resumes_still_score_higher()
    {
        var nurse = PersonDocument.Of(FieldPeople.Nurse);
        var weaker = nurse with { Work = nurse.Work.Select(w => w with { Highlights = w.Highlights.Select(h => "Worked on " + h.Split(' ', 2)[1]).ToList() }).ToList() };

        var strong = Scoring.Score(nurse, "backend-developer");
        var weak = Scoring.Score(weaker, "backend-developer");

        Assert.True(weak.Score < strong.Score, $"{weak.Score} vs {strong.Score}");
        Assert.True(strong.Score <= ResumeScorer.PoorFitCeiling);
    }

    [Fact]
    public void A_neighbouring_role_is_a_partial_fit_that_names_the_closer_guide_without_capping_the_score()
    {
        var report = Scoring.Score(PersonDocument.Of(FieldPeople.FullStack), "frontend-developer");

        Assert.Equal(RoleFits.Partial, report.RoleFit!.Fit);
        Assert.Equal("full-stack-developer", report.RoleFit.BestRole);
        var fit = report.Check(CheckIds.RoleFit);
        Assert.Equal(CheckStatus.Warn, fit.Status);
        Assert.Contains("the Full-Stack Developer guide fits it better", fit.Detail);
        Assert.True(report.Score >= 50, $"{report.Score}");
    }

    [Fact]
    public void The_general_guide_fits_anyone_and_points_to_a_closer_guide_when_there_is_one()
    {
        var nurse = Scoring.Score(PersonDocument.Of(FieldPeople.Nurse), RoleGuideCatalog.General);
        var retail = Scoring.Score(PersonDocument.Of(FieldPeople.RetailAssociate), RoleGuideCatalog.General);

        Assert.Equal(RoleFits.Good, nurse.RoleFit!.Fit);
        Assert.Equal("registered-nurse", nurse.RoleFit.BestRole);
        Assert.Contains("the Registered Nurse guide fits this résumé", nurse.Check(CheckIds.RoleFit).Detail);
        Assert.Equal(RoleGuideCatalog.General, retail.RoleFit!.BestRole);
        Assert.Equal(CheckStatus.Pass, nurse.Check(CheckIds.RoleSkills).Status);
        Assert.Equal(0, nurse.Check(CheckIds.RoleSkills).Weight);
    }

    [Fact]
    public void Fit_evidence_quotes_the_titles_skills_studies_and_bullets_it_rests_on()
    {
        var report = Scoring.Score(PersonDocument.Of(FieldPeople.Teacher), RoleGuideCatalog.Auto);

        Assert.Contains("Title: Secondary Science Teacher", report.RoleFit!.Evidence);
        Assert.Contains(report.RoleFit.Evidence, e => e.StartsWith("Skills: Lesson planning, Differentiated instruction", StringComparison.Ordinal));
        Assert.Contains(report.RoleFit.Evidence, e => e.StartsWith("Education: PGCE", StringComparison.Ordinal));
        Assert.Contains(report.RoleFit.Evidence, e => e.StartsWith("Experience: ", StringComparison.Ordinal));
    }
}
