using System.Net;
using System.Text.RegularExpressions;
using Resume.Model;

namespace Resume.Rendering.Tests;

public sealed partial class HtmlReportTests
{
    private readonly ReportRenderer _renderer = new();

    [Fact]
    public void Every_check_is_shown_with_its_title_status_detail_evidence_and_fix()
    {
        var score = Samples.Score();

        var text = VisibleText(_renderer.RenderHtml(Samples.Resume(), score));

        foreach (var check in score.Checks)
        {
            var block = Assert.Single(CheckBlocks(text), b => b.Contains(check.Title, StringComparison.Ordinal));
            Assert.Contains(check.Status switch { CheckStatus.Pass => "Pass", CheckStatus.Warn => "Improve", _ => "Fail" }, block, StringComparison.Ordinal);
            Assert.Contains(check.Detail, block, StringComparison.Ordinal);
            Assert.All(check.Evidence, e => Assert.Contains(e, block, StringComparison.Ordinal));
            if (check.Fix.Length > 0)
            {
                Assert.Contains(check.Fix, block, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Checks_keep_the_reading_order_the_score_stage_gave_them()
    {
        var score = Samples.Score() with { Checks = Samples.Score().Checks.Reverse().ToList() };

        var order = CheckId().Matches(_renderer.RenderHtml(Samples.Resume(), score)).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["backend-keywords", "section-order", "quantified-impact", "contact-email"], order);
    }

    [Fact]
    public void The_verdict_and_the_role_fit_open_the_report()
    {
        var score = Samples.Score() with
        {
            Verdict = "Not yet a Backend Developer résumé: it does not show the role's work.",
            RoleFit = new RoleFit("backend-developer", RoleFits.Poor, "registered-nurse", ["Title: Staff Nurse"]) { RoleTitle = "Backend Developer", BestRoleTitle = "Registered Nurse" },
        };

        var html = _renderer.RenderHtml(Samples.Resume(), score);

        Assert.Contains("<p class=\"verdict\">Not yet a Backend Developer résumé: it does not show the role&#39;s work.</p>", html, StringComparison.Ordinal);
        Assert.Contains("which this resume does not fit; the Registered Nurse guide fits it better.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_text_gets_no_score_picture()
    {
        var score = Samples.Score() with { Readable = false, Verdict = "An applicant tracking system reads no text in this file." };

        var html = _renderer.RenderHtml(Samples.Resume(), score);

        Assert.DoesNotContain("Overall score", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Sub-scores\"", html, StringComparison.Ordinal);
        Assert.Contains("An applicant tracking system reads no text in this file.", html, StringComparison.Ordinal);
        Assert.Contains("fit to a role was not judged", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_and_subscores_are_drawn_as_an_inline_gauge_and_bars()
    {
        var html = _renderer.RenderHtml(Samples.Resume(), Samples.Score());

        Assert.Contains("aria-label=\"Overall score 72 out of 100\"", html, StringComparison.Ordinal);
        Assert.Equal(4, BarValues().Matches(html).Count);
        Assert.Contains("<span class=\"bar-label\">Structure</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_the_parser_was_unsure_of_is_named_for_the_reader_to_check()
    {
        var resume = Samples.Resume() with
        {
            Meta = new ResumeMeta
            {
                Sections = [new(SectionKinds.Work, "Career Highlights", 0.35), new(SectionKinds.Skills, "Toolbox", 0.95)],
                Confidence = 0.5,
            },
        };

        var text = VisibleText(_renderer.RenderHtml(resume, Samples.Score()));

        Assert.Contains("We may have misread the \"Career Highlights\" section", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Toolbox\" section", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_the_parser_could_not_place_are_listed_under_their_heading_with_what_to_do_about_them()
    {
        var resume = Samples.Resume() with
        {
            Meta = new ResumeMeta
            {
                Unplaced = [new("Tandem skydiving instructor, 300 jumps", "Beyond the Desk"), new("Fluent in semaphore")],
                UnplacedMore = 4,
            },
        };

        var text = Regex.Replace(VisibleText(_renderer.RenderHtml(resume, Samples.Score())), @"(?:\s|</[a-z0-9]+>)+", " ");

        Assert.Contains("Lines we could not place", text, StringComparison.Ordinal);
        Assert.Contains("Beyond the Desk: Tandem skydiving instructor, 300 jumps", text, StringComparison.Ordinal);
        Assert.Contains("Top of the page: Fluent in semaphore", text, StringComparison.Ordinal);
        Assert.Contains("may drop them too", text, StringComparison.Ordinal);
        Assert.Contains("and 4 more lines", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resume_read_whole_has_no_list_of_unplaced_lines() =>
        Assert.DoesNotContain("Lines we could not place", _renderer.RenderHtml(Samples.Resume(), Samples.Score()), StringComparison.Ordinal);

    [Fact]
    public void Hostile_text_from_the_resume_the_score_and_the_posting_comes_out_as_inert_text()
    {
        var resume = Samples.Resume(Samples.Hostile) with
        {
            Meta = new ResumeMeta { Sections = [new(SectionKinds.Other, Samples.Hostile)], Warnings = [new("x", Samples.Hostile)] },
        };
        var score = Samples.Score(new JobMatch(0.2, [Samples.Hostile], ["<style>body{display:none}</style>"], [Samples.Hostile])) with
        {
            Checks = [new(Samples.Hostile, Samples.Hostile, Samples.Hostile, 1, Samples.Hostile, Samples.Hostile, [Samples.Hostile, "javascript:alert(1)"], Samples.Hostile)],
            Guide = Samples.Guide() with { Title = Samples.Hostile, Advice = [Samples.Hostile] },
        };

        var html = _renderer.RenderHtml(resume, score);

        var tags = Tag().Matches(html).Select(m => (Name: m.Groups[1].Value.ToLowerInvariant(), Attributes: m.Groups[2].Value)).ToList();
        Assert.DoesNotContain(tags, t => t.Name is "script" or "img" or "iframe" or "object" or "embed" or "link" or "a" or "form" or "base");
        Assert.Single(tags, t => t.Name == "style");
        Assert.DoesNotContain(tags, t => EventHandler().IsMatch(t.Attributes) || t.Attributes.Contains("href", StringComparison.OrdinalIgnoreCase) || t.Attributes.Contains("src=", StringComparison.OrdinalIgnoreCase));
        // The hostile text is still there for the reader, as text.
        Assert.Contains(Samples.Hostile, VisibleText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_and_forbids_scripts_and_outside_requests()
    {
        var html = _renderer.RenderHtml(Samples.Resume(), Samples.Score(Samples.Match()));

        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_job_match_lists_important_missing_terms_apart_from_the_rest()
    {
        var html = _renderer.RenderHtml(Samples.Resume(), Samples.Score(Samples.Match()));

        Assert.Equal(["Kafka", "Terraform"], Chips(html, "important"));
        Assert.Equal(["gRPC", "Elasticsearch"], Chips(html, "missing"));
        Assert.Equal(["C#", "PostgreSQL", "RabbitMQ"], Chips(html, "matched"));
        Assert.Contains(">58%<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_posting_there_is_no_match_section()
    {
        var html = _renderer.RenderHtml(Samples.Resume(), Samples.Score());

        Assert.DoesNotContain("class=\"match\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guides_advice_and_what_the_parser_read_are_shown()
    {
        var text = VisibleText(_renderer.RenderHtml(Samples.Resume(), Samples.Score()));

        Assert.All(Samples.Guide().Advice, a => Assert.Contains(a, text, StringComparison.Ordinal));
        Assert.Contains("PDF, 2 pages, 612 words", text, StringComparison.Ordinal);
        Assert.Contains("Hobbies & more (not a standard heading)", text, StringComparison.Ordinal);
        Assert.Contains("two columns", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Absurd_reports_stay_bounded_and_say_what_was_left_out()
    {
        var evidence = Enumerable.Range(0, 5_000).Select(i => $"line {i} " + new string('x', 3_000)).ToList();
        var checks = Enumerable.Range(0, 2_000)
            .Select(i => new CheckResult($"c{i}", $"Check {i}", CheckStatus.Warn, 1, "content", new string('d', 100_000), evidence, "fix"))
            .ToList();
        var score = Samples.Score() with { Checks = checks };

        var html = _renderer.RenderHtml(Samples.Resume(), score);

        Assert.InRange(html.Length, 1, 4_000_000);
        Assert.Contains("1,850 checks are not shown", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("and 4,990 more lines", html, StringComparison.Ordinal);
        Assert.Contains("shortened", html, StringComparison.Ordinal);
    }

    private static IEnumerable<string> CheckBlocks(string text) =>
        text.Split("\n\u0001", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The page as a reader sees it: tags dropped, entities decoded; each check starts a new block.</summary>
    private static string VisibleText(string html)
    {
        var marked = html.Replace("<article", "\n\u0001<article", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(Tag().Replace(StyleBlock().Replace(marked, ""), " "));
    }

    private static List<string> Chips(string html, string kind) =>
        Regex.Matches(html, $"<li class=\"chip {kind}\">([^<]*)</li>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("""<article class="check \w+" id="check-([^"]+)">""")]
    private static partial Regex CheckId();

    [GeneratedRegex("""<rect x="0" y="0" width="\d+" height="10" rx="5" fill="#(?!e8ebf0)""")]
    private static partial Regex BarValues();

    [GeneratedRegex(@"\bon[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
