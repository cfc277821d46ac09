using Resume.Fixtures;
using Resume.Model;
using Resume.Parsing.Isolation.Ocr;
using Resume.Parsing.Ocr;

namespace Resume.Parsing.Isolation.Tests;

/// <summary>
/// Photos and scans read with the real tesseract in a parser process: the content is judged, the finding that an ATS
/// reads nothing stays first, and hostile pictures end with a code, never by exhausting memory.
/// </summary>
public sealed class OcrTests
{
    private static readonly byte[] Resume = PdfResume.SingleColumn(People.Backend);

    [Theory]
    [InlineData(PictureFormat.Png, "png")]
    [InlineData(PictureFormat.Jpeg, "jpeg")]
    public async Task A_photo_of_a_resume_is_read_with_ocr_and_still_says_first_that_an_ats_reads_nothing(PictureFormat format, string type)
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(Pictures.Of(Resume, format));

        Assert.Equal(type, resume.Meta.FileType);
        Assert.Equal([ParseWarningCodes.ImageOnly, ParseWarningCodes.ReadByOcr], resume.Meta.Warnings.Select(w => w.Code));
        AssertContentRead(resume);
    }

    [Fact]
    public async Task An_image_only_pdf_now_yields_the_name_jobs_and_skills_behind_its_image_only_warning()
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(Pictures.ScannedPdf(Resume));

        Assert.Equal("pdf", resume.Meta.FileType);
        Assert.Equal(1, resume.Meta.PageCount);
        Assert.Equal(ParseWarningCodes.ImageOnly, resume.Meta.Warnings[0].Code);
        Assert.Contains("no text layer", resume.Meta.Warnings[0].Message);
        AssertContentRead(resume);
    }

    [Fact]
    public async Task A_page_scanned_upside_down_is_turned_the_right_way_before_it_is_read()
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(Pictures.ScannedPdf(Resume, quarterTurns: 2));

        Assert.Equal(ParseWarningCodes.ImageOnly, resume.Meta.Warnings[0].Code);
        AssertContentRead(resume);
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_read_as_if_it_were_upright()
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(Pictures.Of(Pictures.ScannedPdf(Resume, dpi: 200, quarterTurns: 3), PictureFormat.Png, dpi: 150));

        Assert.Equal("png", resume.Meta.FileType);
        AssertContentRead(resume);
    }

    [Theory]
    [InlineData("▪")]
    [InlineData("•")]
    [InlineData("◦")]
    [InlineData("■")]
    public async Task A_scanned_resumes_bullets_stay_items_of_their_job_whatever_symbol_ocr_takes_them_for(string bullet)
    {
        using var pool = Sandboxes.Pool();

        // 150 dpi, as a phone app or an office scanner set to "document" saves a page.
        var resume = await pool.ReadAsync(Pictures.ScannedPdf(PdfResume.SingleColumn(People.Backend, bullet: bullet), dpi: 150));

        foreach (var expected in People.Backend.Jobs)
        {
            var job = Assert.Single(resume.Work, j => j.Name == expected.Company);
            Assert.Equal(expected.Highlights.Count, job.Highlights.Count);
            // Each item begins as printed, with no stray mark before it.
            Assert.All(expected.Highlights.Zip(job.Highlights), pair => Assert.StartsWith(string.Join(' ', pair.First.Split(' ')[..3]), pair.Second));
        }
        Assert.Equal(People.Backend.Jobs.Count, resume.Work.Count);
    }

    [Theory]
    [InlineData(PictureFormat.Jpeg, 6.0)]
    [InlineData(PictureFormat.Png, -8.0)]
    public async Task A_photo_taken_askew_is_straightened_before_it_is_read(PictureFormat format, double degrees)
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(Pictures.Of(Pictures.ScannedPdf(Resume, dpi: 300, degrees: degrees), format, dpi: 200));

        AssertStructureRead(resume);
    }

    [Fact]
    public async Task A_page_scanned_askew_is_straightened_before_it_is_read()
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(Pictures.ScannedPdf(Resume, dpi: 200, degrees: 5));

        Assert.Equal(ParseWarningCodes.ImageOnly, resume.Meta.Warnings[0].Code);
        AssertStructureRead(resume);
    }

    [Fact]
    public async Task A_scan_of_speckles_reads_as_no_text_rather_than_junk_words()
    {
        using var pool = Sandboxes.Pool();

        var resume = await pool.ReadAsync(PdfResume.ImageOnly());

        Assert.Equal([ParseWarningCodes.ImageOnly], resume.Meta.Warnings.Select(w => w.Code));
        Assert.Equal(0, resume.Meta.WordCount);
    }

    [Fact]
    public async Task A_decompression_bomb_png_ends_too_complex_from_its_header_and_the_process_reads_on()
    {
        using var pool = Sandboxes.Pool();
        var bomb = Pictures.PngBomb();
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        var result = await pool.ParseAsync(bomb);

        Assert.Equal(ErrorCodes.TooComplex, result.Error?.Code);
        Assert.Contains("20,000 × 20,000 pixels", result.Error!.Message);
        var child = Assert.Single(pool.ProcessIds);
        Assert.Equal(People.Designer.Name, (await pool.ReadAsync(PdfResume.SingleColumn(People.Designer))).Basics.Name);
        Assert.Equal(child, Assert.Single(pool.ProcessIds));
    }

    [Theory]
    [InlineData(PictureFormat.Png)]
    [InlineData(PictureFormat.Jpeg)]
    public async Task A_photo_cut_off_half_way_fails_with_a_sentence_not_a_crash(PictureFormat format)
    {
        using var pool = Sandboxes.Pool();

        var result = await pool.ParseAsync(Pictures.Truncated(Pictures.Of(Resume, format), 0.5));

        // A JPEG decoder draws what arrived (grey below the cut), a PNG decoder refuses it: either way a clear end.
        if (result.Succeeded)
        {
            Assert.Equal(ParseWarningCodes.ImageOnly, result.Resume!.Meta.Warnings[0].Code);
        }
        else
        {
            Assert.Equal(ErrorCodes.Corrupt, result.Error!.Code);
            Assert.Contains("damaged or cut short", result.Error.Message);
        }
    }

    [Fact]
    public async Task Without_ocr_a_photo_is_refused_with_the_reason_and_a_scan_keeps_only_its_warning()
    {
        using var pool = Sandboxes.Pool(configure: options => options.Ocr = false);

        var photo = await pool.ParseAsync(Pictures.Of(Resume, PictureFormat.Png));
        var scan = await pool.ReadAsync(Pictures.ScannedPdf(Resume));

        Assert.Equal(ErrorCodes.UnsupportedType, photo.Error?.Code);
        Assert.Contains("needs OCR", photo.Error!.Message);
        Assert.Equal([ParseWarningCodes.ImageOnly], scan.Meta.Warnings.Select(w => w.Code));
        Assert.Null(scan.Basics.Name);
    }

    [Fact]
    public void Ocr_past_its_memory_limit_is_killed_and_the_picture_ends_too_complex()
    {
        var ocr = TesseractOcr.Find(memoryLimitBytes: 16L * 1024 * 1024) ?? throw new InvalidOperationException("tesseract is not installed");

        var failure = Assert.Throws<OcrException>(() => ocr.ReadImage(Pictures.Of(Resume, PictureFormat.Png), 3508, TimeSpan.FromSeconds(60), default));

        Assert.Equal(ErrorCodes.TooComplex, failure.Code);
    }

    [Fact]
    public void Ocr_past_its_deadline_is_stopped_and_the_picture_ends_timeout()
    {
        var ocr = TesseractOcr.Find() ?? throw new InvalidOperationException("tesseract is not installed");

        var failure = Assert.Throws<OcrException>(() => ocr.ReadImage(Pictures.Of(Resume, PictureFormat.Png), 3508, TimeSpan.FromMilliseconds(50), default));

        Assert.Equal(ErrorCodes.Timeout, failure.Code);
    }

    /// <summary>A page straightened from a slant is drawn twice, so a letter in a small line may come out wrong ("lindgvist",
    /// "Taligrass", "Chaimers"); what must stand is the résumé's shape: the person, each job under its employer with its items, the
    /// schools and skills.</summary>
    private static void AssertStructureRead(ResumeDocument resume)
    {
        Assert.Equal(People.Backend.Name, resume.Basics.Name);
        Assert.EndsWith("@example.com", resume.Basics.Email);
        Assert.Equal(People.Backend.Jobs.Count, resume.Work.Count);
        Assert.All(People.Backend.Jobs.Zip(resume.Work), pair => Assert.StartsWith(pair.First.Company[..3], pair.Second.Name));
        Assert.Equal(People.Backend.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(j => j.Highlights.Count));
        Assert.Equal(People.Backend.Schools.Count, resume.Education.Count);
        Assert.Contains("Kubernetes", resume.Skills.SelectMany(s => s.Keywords.Append(s.Name)));
    }

    private static void AssertContentRead(ResumeDocument resume)
    {
        Assert.Equal(People.Backend.Name, resume.Basics.Name);
        Assert.Equal(People.Backend.Email, resume.Basics.Email);
        Assert.Contains(resume.Work, job => job.Name == "Northwind Freight AB");
        var skills = resume.Skills.SelectMany(s => s.Keywords.Append(s.Name)).ToList();
        Assert.Contains("Kubernetes", skills);
        Assert.Contains("PostgreSQL", skills);
        Assert.Contains(resume.Education, school => school.Institution == "Chalmers University of Technology");
    }
}
