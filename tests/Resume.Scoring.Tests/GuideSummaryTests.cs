using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class GuideSummaryTests
{
    [Fact]
    public void The_report_carries_what_the_render_stage_needs_from_the_guide()
    {
        var guide = Scoring.Score(Resumes.Strong()).Guide;

        Assert.Equal("backend-developer", guide.Role);
        Assert.Equal("Backend Developer", guide.Title);
        Assert.Equal(RoleGuideCatalog.BuiltIn.Get("backend-developer").SectionOrder, guide.SectionOrder);
        Assert.StartsWith("Use the reverse-chronological format", guide.Advice[0]);
    }

    [Theory]
    [InlineData("2023-01", 1)]
    [InlineData("2016-01", 2)]
    public void Recommended_pages_follow_the_candidates_years_of_experience(string start, int pages)
    {
        var resume = Resumes.Strong().WithWork(new Work { Name = "Ledgerline", Position = "Engineer", StartDate = start, Highlights = Resumes.StrongBullets });

        Assert.Equal(pages, Scoring.Score(resume).Guide.RecommendedPages);
    }

    [Fact]
    public void Advice_names_the_guides_fixes_for_what_this_resume_lacks_and_not_for_what_it_has()
    {
        var noNumbers = Resumes.Strong().WithBullets("Maintained the billing service", "Owned the on-call rotation", "Implemented OAuth sign-in", "Added integration tests");

        var advice = Scoring.Score(noNumbers).Guide.Advice;

        Assert.Contains(advice, a => a.StartsWith("Many bullets say what was built but give no figure", StringComparison.Ordinal));
        Assert.DoesNotContain(advice, a => a.StartsWith("Sign-in and security skills are listed", StringComparison.Ordinal));
        Assert.DoesNotContain(Scoring.Score(Resumes.Strong()).Guide.Advice, a => a.StartsWith("Many bullets say what was built", StringComparison.Ordinal));
    }
}
