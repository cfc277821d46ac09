using Resume.Scoring.Skills;

namespace Resume.Scoring.Tests;

public sealed class SkillTaxonomyTests
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.BuiltIn;

    private static string[] Found(string text) => Taxonomy.FindIn(text).Select(m => m.Skill.Name).ToArray();

    [Theory]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("C Sharp", "C#")]
    [InlineData("Node", "Node.js")]
    [InlineData("JS", "JavaScript")]
    [InlineData("GCP", "Google Cloud")]
    [InlineData("asp.net core", "ASP.NET Core")]
    [InlineData("CI/CD", "CI/CD")]
    [InlineData("C++", "C++")]
    [InlineData("Golang", "Go")]
    [InlineData("sklearn", "scikit-learn")]
    public void Other_spellings_name_the_same_skill(string spelling, string canonical)
    {
        Assert.Equal(canonical, Taxonomy.Find(spelling)?.Name);
        Assert.Equal([canonical], Found($"Worked with {spelling}, daily"));
    }

    [Theory]
    [InlineData("Deployed to Google Cloud after going live", "Google Cloud")]
    [InlineData("Built the Google Maps integration", "")]
    [InlineData("Wrote services in Go and Python", "Go,Python")]
    [InlineData("Built a JavaScript SDK", "JavaScript")]
    [InlineData("Ported Java code to JavaScript", "Java,JavaScript")]
    [InlineData("Firmware in C#, then C++", "C#,C++")]
    [InlineData("Kept the C-level informed", "")]
    [InlineData("Reports for R&D went out weekly", "")]
    [InlineData("Analysis in R, Python and SQL", "R,Python,SQL")]
    [InlineData("Research with John R. Smith", "")]
    [InlineData("Languages: C, Go", "C,Go")]
    [InlineData("Ported Objective-C screens to Swift", "Objective-C,Swift")]
    [InlineData("the swift delivery of a ruby ring", "")]
    [InlineData("Ran 3 nodes per cluster on a single node", "")]
    [InlineData("Services on Node.js behind NGINX", "Node.js,Nginx")]
    [InlineData("ASP.NET Core APIs on .NET 8", "ASP.NET Core,.NET")]
    [InlineData("Built C#/.NET services", "C#,.NET")]
    [InlineData("Pipelines with CI / CD and Weights & Biases", "CI/CD,Weights & Biases")]
    public void Matches_never_land_inside_other_words_or_ordinary_English(string text, string expected)
    {
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), Found(text));
    }

    [Theory]
    [InlineData("R", "R")]
    [InlineData("C", "C")]
    [InlineData("Go", "Go")]
    [InlineData("Python (Django, Flask)", "Python,Django,Flask")]
    public void A_skills_list_keyword_is_a_skill_even_when_it_is_a_short_word(string keyword, string expected)
    {
        Assert.Equal(expected.Split(','), Taxonomy.InKeyword(keyword).Select(s => s.Name));
    }

    [Fact]
    public void Platform_services_imply_their_platform()
    {
        var skills = SkillTaxonomy.WithImplied([Taxonomy.Find("EKS")!]).Select(s => s.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["AWS", "Amazon EKS", "Containerization", "Kubernetes"], skills);
    }

    [Fact]
    public void A_spelling_claimed_by_two_skills_is_rejected_naming_the_file_and_field()
    {
        const string json = """
            {"categories": [{"name": "Databases", "skills": [{"name": "PostgreSQL", "aliases": ["Postgres"]}, {"name": "Postgres"}]}]}
            """;

        var e = Assert.Throws<ScoringDataException>(() => SkillTaxonomy.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "mine.json"));

        Assert.Equal("mine.json", e.File);
        Assert.Equal("categories[0].skills[1].name", e.Field);
        Assert.Contains("PostgreSQL", e.Message);
    }

    [Fact]
    public void A_misspelled_field_is_rejected_with_its_path_and_line()
    {
        const string json = """
            {"categories": [{"name": "Databases",
              "skills": [{"name": "PostgreSQL", "alias": ["Postgres"]}]}]}
            """;

        var e = Assert.Throws<ScoringDataException>(() => SkillTaxonomy.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "mine.json"));

        Assert.Contains("alias", e.Message);
        Assert.Contains("line 2", e.Message);
    }

    [Fact]
    public void An_implied_skill_must_exist()
    {
        const string json = """
            {"categories": [{"name": "Infrastructure", "skills": [{"name": "AWS Lambda", "implies": ["AWZ"]}]}]}
            """;

        var e = Assert.Throws<ScoringDataException>(() => SkillTaxonomy.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "mine.json"));

        Assert.Equal("categories[0].skills[0].implies[0]", e.Field);
        Assert.Contains("AWZ", e.Message);
    }
}
