using Resume.Model;
using UglyToad.PdfPig;

namespace Resume.Rendering.Tests;

public sealed class OptimizedPdfTests
{
    private readonly OptimizedResumeWriter _writer = new();

    [Fact]
    public void Sections_follow_the_guides_order_under_standard_headings()
    {
        var lines = PdfText.Read(Write(Samples.Resume(), Samples.Guide())).Lines.ToList();

        string[] headings = ["Professional Summary", "Technical Skills", "Professional Experience", "Projects", "Education", "Certifications", "Languages"];
        var positions = headings.Select(h => lines.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_header_has_the_name_and_contact_lines_with_every_way_to_reach_the_candidate_split_only_between_items()
    {
        var lines = PdfText.Read(Write(Samples.Resume(), Samples.Guide())).Lines.ToList();

        Assert.Equal("José Álvarez-Núñez", lines[0]);
        Assert.Equal("Senior Backend Engineer", lines[1]);
        Assert.Equal("jose.alvarez@example.com | +44 161 496 0679 | Manchester, England | josealvarez.dev", lines[2]);
        Assert.Equal("github.com/jalvarez | linkedin.com/in/jose-alvarez", lines[3]);
        Assert.Equal("Professional Summary", lines[4]);
    }

    [Fact]
    public void Jobs_are_newest_first_with_title_then_company_and_place_then_dates_then_bullets()
    {
        var lines = PdfText.Read(Write(Samples.Resume(), Samples.Guide())).Lines.ToList();

        var start = lines.IndexOf("Professional Experience");
        Assert.Equal(
            [
                "Senior Backend Engineer",
                "Ironclad Robotics | Remote",
                "Jan 2021 – Present",
                "• Designed an event-driven order pipeline on RabbitMQ handling 3K messages per second",
                "• Cut p99 API latency from 900 ms to 120 ms with Redis caching and query indexes",
                "• Mentored 4 engineers through code review and pairing",
                "Backend Developer",
                "Northwind Traders | Leeds",
                "Jun 2018 – Dec 2020",
            ],
            lines.Skip(start + 1).Take(9));
        Assert.Contains("Languages: C#, Go, SQL, Python", lines);
        Assert.Equal(["University of Bristol", "Master of Science, Computer Science", "Sep 2016 – Jun 2018"], lines.SkipWhile(l => l != "Education").Skip(1).Take(3));
        Assert.Equal(["AWS Certified Developer Associate — Amazon Web Services", "Mar 2022"], lines.SkipWhile(l => l != "Certifications").Skip(1).Take(2));
        Assert.Contains("English (Native), Spanish (Fluent)", lines);
    }

    [Fact]
    public void Every_line_starts_at_the_left_margin_or_under_a_bullet_so_nothing_reads_as_a_second_column()
    {
        using var document = PdfDocument.Open(Write(Samples.Resume(), Samples.Guide()));

        var lefts = document.GetPages().SelectMany(p => p.GetWords())
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .Select(line => Math.Round(line.Min(w => w.BoundingBox.Left)))
            .Distinct()
            .ToList();

        Assert.InRange(lefts.Count, 1, 3);
        Assert.InRange(lefts.Max() - lefts.Min(), 0, 20);
    }

    [Fact]
    public void A_resume_too_long_for_one_page_is_set_tighter_when_the_guide_asks_for_one()
    {
        var resume = Longer(Samples.Resume(), jobs: 4, bullets: 4);

        var onePage = Write(resume, Samples.Guide(pages: 1));
        var twoPages = Write(resume, Samples.Guide(pages: 2));

        Assert.Equal(1, PdfText.Read(onePage).PageCount);
        Assert.Equal(9, BodySize(onePage), 1);
        Assert.Equal(2, PdfText.Read(twoPages).PageCount);
        Assert.Equal(10.5, BodySize(twoPages), 1);
    }

    [Fact]
    public void A_page_and_a_bit_is_tightened_a_little_to_one_page_even_where_two_are_allowed()
    {
        var pdf = Write(Longer(Samples.Resume(), jobs: 3, bullets: 3), Samples.Guide(pages: 2));

        Assert.Equal(1, PdfText.Read(pdf).PageCount);
        Assert.Equal(10, BodySize(pdf), 1);
    }

    [Fact]
    public void A_resume_that_cannot_fit_spills_over_at_the_comfortable_size()
    {
        var resume = Longer(Samples.Resume(), jobs: 12, bullets: 6);

        var pdf = Write(resume, Samples.Guide(pages: 1));

        Assert.InRange(PdfText.Read(pdf).PageCount, 2, 4);
        Assert.Equal(10.5, BodySize(pdf), 1);
    }

    [Theory]
    [InlineData("José Álvarez-Núñez")]
    [InlineData("王小明")]
    [InlineData("Zoë Ærøskøbing 김민준")]
    public void Accented_and_cjk_names_come_back_intact(string name)
    {
        var pdf = PdfText.Read(Write(Samples.Resume(name), Samples.Guide()));

        Assert.Equal(name, pdf.Lines.First());
    }

    [Fact]
    public void Absurd_input_stays_within_the_page_cap_and_names_what_was_left_out()
    {
        var resume = Samples.Resume(string.Concat(Enumerable.Repeat("Name", 5_000))) with
        {
            Basics = Samples.Resume().Basics with { Summary = string.Concat(Enumerable.Repeat("summary text ", 8_000)) },
            Work = Enumerable.Range(0, 100).Select(i => new Work
            {
                Name = $"Company {i}", Position = string.Concat(Enumerable.Repeat("unbroken", 400)), StartDate = "2020-01",
                Highlights = Enumerable.Range(0, 20_000 / 100).Select(b => $"Bullet {b} " + new string('y', 2_000)).ToList(),
            }).ToList(),
        };
        var limits = RenderLimits.Default;

        var bytes = Write(resume, Samples.Guide());
        var pdf = PdfText.Read(bytes);

        Assert.InRange(pdf.PageCount, 1, limits.MaxResumePages);
        Assert.InRange(bytes.Length, 1, 1_500_000);
        var text = PdfText.Squash(pdf.All);
        Assert.Contains("Note:", text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(bytes);
        Assert.All(document.GetPages(), p => Assert.All(p.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, p.Width)));
    }

    private byte[] Write(ResumeDocument resume, GuideSummary guide)
    {
        using var output = new MemoryStream();
        _writer.WritePdf(resume, guide, output);
        return output.ToArray();
    }

    internal static ResumeDocument Longer(ResumeDocument resume, int jobs, int bullets) => resume with
    {
        Work = Enumerable.Range(0, jobs).Select(i => new Work
        {
            Name = $"Company Number {i}", Position = "Backend Engineer", Location = "London",
            StartDate = $"{2020 - 2 * i}-03", EndDate = $"{2022 - 2 * i}-02",
            Highlights = Enumerable.Range(0, bullets).Select(b => $"Shipped improvement {b} to the billing service, raising throughput by {b + 10}% for 40K daily users").ToList(),
        }).ToList(),
    };

    /// <summary>The most common letter size in the document: the body text's.</summary>
    private static double BodySize(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters).GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
    }
}
