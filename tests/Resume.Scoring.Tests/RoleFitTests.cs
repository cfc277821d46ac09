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
}
