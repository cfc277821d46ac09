using System.Text.Json.Nodes;
using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class RoleGuideCatalogTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("guides-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_built_in_catalog_has_a_guide_for_every_field_career_centres_see_most()
    {
        var catalog = RoleGuideCatalog.BuiltIn;

        Assert.True(catalog.Roles.Count >= 12);
        Assert.Superset(new HashSet<string>(catalog.Roles),
            new HashSet<string>
            {
                "backend-developer", "frontend-developer", "full-stack-developer", "mobile-developer", "data-engineer", "data-scientist",
                "devops-engineer", "qa-engineer", "product-designer", "registered-nurse", "teacher", "accountant", "marketing-specialist",
                "mechanical-engineer", "general",
            });
        Assert.True(catalog.Contains(RoleGuideCatalog.DefaultRole));
        Assert.False(catalog.Contains("Backend-Developer"));
        Assert.False(catalog.Contains(RoleGuideCatalog.Auto));
        Assert.True(catalog.Accepts(RoleGuideCatalog.Auto));
        Assert.True(catalog.Get(RoleGuideCatalog.General).IsGeneral);
        Assert.Empty(catalog.Get(RoleGuideCatalog.General).SkillAreas);
    }

    [Fact]
    public void Every_guide_cites_public_pages_and_has_a_pool_of_newsletter_tips()
    {
        foreach (var role in RoleGuideCatalog.BuiltIn.Roles)
        {
            var guide = RoleGuideCatalog.BuiltIn.Get(role);
            Assert.Contains(guide.Sources, s => s.Url is not null && s.Url.StartsWith("http", StringComparison.Ordinal));
            Assert.True(guide.NewsletterTips.Count >= 12, role);
            Assert.Equal(guide.NewsletterTips.Count, guide.NewsletterTips.Distinct(StringComparer.Ordinal).Count());
            Assert.InRange(guide.PageRules.Count, 1, 2);
        }
    }

    [Fact]
    public void The_backend_guide_carries_the_facts_of_the_seed_guide()
    {
        var guide = RoleGuideCatalog.BuiltIn.Get("backend-developer");

        Assert.Equal([SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work, SectionKinds.Projects, SectionKinds.Education, SectionKinds.Certificates], guide.SectionOrder);
        Assert.Equal(5, guide.Certifications.Count);
        Assert.Contains(guide.Certifications, c => c.Name.StartsWith("AWS Certified Developer", StringComparison.Ordinal));
        Assert.Equal(24, guide.ActionVerbs.Count);
        Assert.Contains("Containerized", guide.ActionVerbs);
        Assert.Equal("reverse-chronological", guide.Format.Name);
        Assert.Equal(["Languages", "Frameworks", "Databases", "Infrastructure", "Tools"], guide.SkillCategories);
        Assert.Equal(5, guide.Mistakes.Count);
        Assert.Equal(1, guide.PageRuleFor(6.9).MaxPages);
        Assert.Equal(2, guide.PageRuleFor(7).MaxPages);
        Assert.Equal(2, guide.PageRuleFor(9).Pages);
        Assert.Equal(2, guide.PageRules.Count);
        Assert.Equal(["api", "database", "security", "testing"], guide.Evidence.Select(e => e.Id));
        Assert.True(guide.NewsletterTips.Count >= 8);
    }

    [Fact]
    public void A_guide_folder_loads_and_each_guide_is_found_by_its_role()
    {
        Write("site-reliability-engineer", BackendGuide("site-reliability-engineer"));

        var catalog = RoleGuideCatalog.Load(_folder.FullName);

        Assert.Equal(["site-reliability-engineer"], catalog.Roles);
        Assert.Equal("Backend Developer", catalog.Get("site-reliability-engineer").Title);
    }

    [Theory]
    [InlineData("skillAreas[0].skills[1]", "'Pyhton' is not a skill of the taxonomy")]
    [InlineData("role", "must match the file name")]
    [InlineData("sectionOrder[0]", "'contact' is not a section kind")]
    [InlineData("mistakes[0].checks[0]", "'numbers' is not a check id")]
    [InlineData("pageRules[1].fromYears", "increasing order")]
    [InlineData("evidence[0].id", "no mistake has \"evidence\": \"api\"")]
    [InlineData("skillAreas[2].source", "every fact names the source")]
    [InlineData("mistakes[2]", "a mistake is said only on a finding")]
    [InlineData("pageRules", "one rule, or two split at one threshold")]
    [InlineData("pageRules[1].advice", "states no figures")]
    [InlineData("formattingTips[0].checks", "length advice belongs to pageRules alone")]
    [InlineData("sources[1].url", "absolute http(s) address")]
    [InlineData("newsletterTips", "needs at least 12 entries")]
    public void A_broken_guide_is_rejected_naming_the_file_and_the_field(string field, string problem)
    {
        var guide = BackendGuide("backend-developer");
        switch (field)
        {
            case "skillAreas[0].skills[1]": guide["skillAreas"]![0]!["skills"]![1] = "Pyhton"; break;
            case "role": guide["role"] = "backend"; break;
            case "sectionOrder[0]": guide["sectionOrder"]![0] = "contact"; break;
            case "mistakes[0].checks[0]": guide["mistakes"]![0]!["checks"]![0] = "numbers"; break;
            case "pageRules[1].fromYears": guide["pageRules"]![1]!["fromYears"] = 0; break;
            case "evidence[0].id": guide["mistakes"]![0]!["evidence"] = null; break;
            case "skillAreas[2].source": guide["skillAreas"]![2]!.AsObject().Remove("source"); break;
            case "mistakes[2]": guide["mistakes"]![2]!.AsObject().Remove("listed"); break;
            case "pageRules": guide["pageRules"]!.AsArray().Add(guide["pageRules"]![1]!.DeepClone()); guide["pageRules"]![2]!["fromYears"] = 12; break;
            case "pageRules[1].advice": guide["pageRules"]![1]!["advice"] = "From 7 years, two pages."; break;
            case "formattingTips[0].checks": guide["formattingTips"]![0]!["checks"] = new JsonArray("length"); break;
            case "sources[1].url": guide["sources"]![1]!["url"] = "resumegeni.com/guide"; break;
            case "newsletterTips": guide["newsletterTips"]!.AsArray().RemoveAt(0); break;
        }
        Write("backend-developer", guide);

        var e = Assert.Throws<ScoringDataException>(() => RoleGuideCatalog.Load(_folder.FullName));

        Assert.Equal("backend-developer.json", e.File);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_misspelled_or_missing_field_is_rejected_with_its_name()
    {
        var guide = BackendGuide("backend-developer");
        guide["actionVerb"] = guide["actionVerbs"]!.DeepClone();
        guide.Remove("actionVerbs");
        Write("backend-developer", guide);

        var e = Assert.Throws<ScoringDataException>(() => RoleGuideCatalog.Load(_folder.FullName));

        Assert.Equal("backend-developer.json", e.File);
        Assert.Contains("actionVerb", e.Message);
    }

    [Fact]
    public void Scoring_for_an_unknown_role_names_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => Scoring.Score(Resumes.Strong(), "nurse"));

        Assert.Contains("registered-nurse", e.Message);
        Assert.Contains("backend-developer", e.Message);
    }

    private static JsonObject BackendGuide(string role)
    {
        using var stream = typeof(RoleGuideCatalog).Assembly.GetManifestResourceStream("Resume.Scoring.Guides.backend-developer.json")!;
        var guide = JsonNode.Parse(stream)!.AsObject();
        guide["role"] = role;
        return guide;
    }

    private void Write(string role, JsonObject guide) =>
        File.WriteAllText(Path.Combine(_folder.FullName, role + ".json"), guide.ToJsonString());
}
