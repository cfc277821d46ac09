using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class JobMatchTests
{
    private const string Posting = """
        Senior Backend Engineer at Quillpay

        About us
        Quillpay builds payment rails for small shops. QuillCloud is our platform.

        What you'll do
        - Design and run APIs in Go on Kubernetes
        - Own our PostgreSQL schemas and Kafka pipelines

        Requirements
        - 5+ years building services in Go
        - Kubernetes in production
        - Experience with GraphQL
        - Familiar with HIPAA and SOC2 controls
        - Experience with PCI DSS

        Nice to have
        - Terraform
        - Rust

        Benefits
        - 30 days PTO, QuillCare health plan
        """;

    [Fact]
    public void Skills_are_matched_through_the_taxonomy_and_the_missing_required_ones_come_first()
    {
        var report = Scoring.Score(Resumes.Strong(), posting: Posting);

        var match = Assert.IsType<JobMatch>(report.Match);
        Assert.Equal(["Go", "Kubernetes", "API", "PostgreSQL", "Apache Kafka"], match.Matched);
        Assert.Equal(["GraphQL", "HIPAA", "SOC2", "PCI DSS", "Terraform", "Rust"], match.Missing);
        Assert.Equal(["GraphQL", "HIPAA", "SOC2", "PCI DSS"], match.MissingImportant);
        Assert.InRange(match.Rate, 0.45, 0.55);
    }

    [Fact]
    public void Each_term_says_how_much_it_matters_and_how_often_it_is_named()
    {
        var match = Scoring.Score(Resumes.Strong(), posting: Posting).Match!;

        Assert.Contains(new JobTerm("Go", "skill", "required", 2, true), match.Terms);
        Assert.Contains(new JobTerm("Kubernetes", "skill", "required", 2, true), match.Terms);
        Assert.Contains(new JobTerm("PostgreSQL", "skill", "mentioned", 1, true), match.Terms);
        Assert.Contains(new JobTerm("HIPAA", "keyword", "required", 1, false), match.Terms);
        Assert.Contains(new JobTerm("Terraform", "skill", "preferred", 1, false), match.Terms);
    }

    [Fact]
    public void The_company_blurb_and_the_benefits_are_not_requirements()
    {
        var match = Scoring.Score(Resumes.Strong(), posting: Posting).Match!;

        Assert.DoesNotContain(match.Terms, t => t.Name is "QuillCloud" or "QuillCare" or "PTO");
    }

    [Fact]
    public void The_match_is_a_weighted_check_with_the_postings_lines_as_evidence_and_a_fix_naming_what_to_add()
    {
        var report = Scoring.Score(Resumes.Strong(), posting: Posting);

        var check = report.Check(CheckIds.JobMatch);
        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(20, check.Weight);
        Assert.Contains("Posting: Experience with GraphQL", check.Evidence);
        Assert.Contains("GraphQL (required)", check.Fix);
        Assert.True(report.Subscores.ContainsKey(ScoreCategories.Match));
    }

    [Fact]
    public void Adding_a_missing_required_skill_raises_the_match_rate()
    {
        var before = Scoring.Score(Resumes.Strong(), posting: Posting).Match!.Rate;
        var resume = Resumes.Strong() with { Skills = [.. Resumes.Strong().Skills, new Skill { Name = "APIs", Keywords = ["GraphQL"] }] };

        var after = Scoring.Score(resume, posting: Posting).Match!.Rate;

        Assert.True(after > before, $"{before} → {after}");
    }

    [Fact]
    public void Go_in_a_posting_is_the_language_never_the_word_inside_Google_or_going()
    {
        var match = Scoring.Score(Resumes.Strong(), posting: "Requirements:\n- Ongoing work with Google Cloud, going fast\n- Go").Match!;

        Assert.Equal(["Go", "Google Cloud"], match.Terms.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_posting_far_longer_than_any_real_one_is_read_only_up_to_its_limit()
    {
        var line = "Required: Go and Kafka experience\n";
        var huge = string.Concat(Enumerable.Repeat(line, 200_000));

        var match = Scoring.Score(Resumes.Strong(), posting: huge).Match!;

        var go = match.Terms.Single(t => t.Name == "Go");
        Assert.Equal(64 * 1024 / line.Length + 1, go.Count);
        Assert.True(go.Found);
    }

    [Fact]
    public void Without_a_posting_there_is_no_match_and_no_match_check()
    {
        var report = Scoring.Score(Resumes.Strong());

        Assert.Null(report.Match);
        Assert.DoesNotContain(report.Checks, c => c.Id == CheckIds.JobMatch);
        Assert.DoesNotContain("\"match\"", ResumeJson.Serialize(report));
    }
}
