using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class SkillsChecksTests
{
    [Fact]
    public void Named_skill_groups_pass()
    {
        var check = Scoring.Check(Resumes.Strong(), CheckIds.SkillsGrouped);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Contains("Databases: PostgreSQL, Redis, MongoDB", check.Evidence);
    }

    [Fact]
    public void One_long_list_is_regrouped_for_the_reader_in_the_guides_categories()
    {
        var resume = Resumes.Strong() with
        {
            Skills = [new Skill { Name = "Technical Skills", Keywords = ["Go", "Postgres", "Docker", "Jira", "Java", "k8s", "Redis", "Teamwork"] }],
        };

        var check = Scoring.Check(resume, CheckIds.SkillsGrouped);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(["Technical Skills: Go, Postgres, Docker, Jira, Java, k8s, Redis, Teamwork"], check.Evidence);
        Assert.Contains("'Languages: Go, Java' / 'Databases: Postgres, Redis' / 'Infrastructure: Docker, k8s' / 'Tools: Jira' / 'Other: Teamwork'", check.Fix);
    }

    [Fact]
    public void No_skills_at_all_fails()
    {
        var check = Scoring.Check(Resumes.Strong() with { Skills = [] }, CheckIds.SkillsGrouped);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("Languages", check.Fix);
    }

    [Fact]
    public void Key_skill_areas_count_from_anywhere_in_the_resume_and_the_missing_ones_are_named()
    {
        var resume = Resumes.Strong() with
        {
            Skills = [new Skill { Name = "Languages", Keywords = ["Python"] }],
            Basics = Resumes.Strong().Basics with { Summary = null },
        };
        resume = resume.WithBullets("Built a Django service on MySQL", "Wrote the style guide");

        var check = Scoring.Check(resume, CheckIds.RoleSkills);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("3 of the 13 skill areas the Backend Developer guide names are found", check.Detail);
        Assert.Contains("A backend framework (Django, Flask, FastAPI, Spring Boot, Express, NestJS…): Django", check.Evidence);
        Assert.Contains("Message queues (RabbitMQ, Kafka)", check.Fix);
    }

    [Fact]
    public void The_same_resume_is_judged_by_the_skills_of_the_role_asked_for()
    {
        var backend = Scoring.Check(Resumes.Strong(), CheckIds.RoleSkills, "backend-developer");
        var frontend = Scoring.Check(Resumes.Strong(), CheckIds.RoleSkills, "frontend-developer");

        Assert.Equal(CheckStatus.Pass, backend.Status);
        Assert.NotEqual(CheckStatus.Pass, frontend.Status);
        Assert.Contains("Frontend Developer guide", frontend.Detail);
        Assert.Contains("Accessibility (WCAG)", frontend.Detail);
    }

    [Theory]
    [InlineData("Oracle Certified Professional: Java SE 17 Developer")]
    [InlineData("Google Cloud Professional Cloud Developer")]
    [InlineData("AWS Certified Developer - Associate")]
    [InlineData("Microsoft Certified: Azure Developer Associate (AZ-204)")]
    public void A_recommended_certification_is_recognised_however_it_is_written(string name)
    {
        var check = Scoring.Check(Resumes.Strong() with { Certificates = [new Certificate { Name = name }] }, CheckIds.Certifications);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Equal(100, check.Score);
        Assert.Equal([name], check.Evidence);
    }

    [Fact]
    public void Other_certifications_count_a_little_less_and_none_at_all_suggests_the_guides_list()
    {
        var other = Scoring.Check(Resumes.Strong() with { Certificates = [new Certificate { Name = "Certified ScrumMaster" }] }, CheckIds.Certifications);
        var none = Scoring.Check(Resumes.Strong() with { Certificates = [] }, CheckIds.Certifications);

        Assert.Equal(90, other.Score);
        Assert.Equal(CheckStatus.Pass, other.Status);
        Assert.DoesNotContain("none", other.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CheckStatus.Warn, none.Status);
        Assert.Contains("MongoDB Certified Developer Associate", none.Fix);
    }
}
