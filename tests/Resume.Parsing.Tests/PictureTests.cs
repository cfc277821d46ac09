using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// What the parser decides about a photo or scan before any OCR runs (here none is given, as on a machine without
/// tesseract): its size from its header, and a clear sentence when it cannot be read.
/// </summary>
public sealed class PictureTests
{
    private static readonly byte[] Resume = PdfResume.SingleColumn(People.Designer);

    [Fact]
    public void A_png_that_declares_gigapixels_ends_too_complex_from_its_header_before_any_decoding()
    {
        var error = Failure(Pictures.PngBomb());

        Assert.Equal(ErrorCodes.TooComplex, error.Code);
        Assert.Contains("20,000 × 20,000 pixels", error.Message);
    }

    [Fact]
    public void A_jpeg_whose_frame_declares_more_pixels_than_allowed_ends_too_complex()
    {
        var jpeg = Pictures.Of(Resume, PictureFormat.Jpeg, dpi: 100);
        var frame = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        Assert.True(frame > 0, "no baseline frame header");
        jpeg[frame + 5] = jpeg[frame + 6] = jpeg[frame + 7] = jpeg[frame + 8] = 0xFF; // 65535 × 65535

        var error = Failure(jpeg);

        Assert.Equal(ErrorCodes.TooComplex, error.Code);
        Assert.Contains("65,535 × 65,535 pixels", error.Message);
    }

    [Theory]
    [InlineData(PictureFormat.Png, "PNG")]
    [InlineData(PictureFormat.Jpeg, "JPEG")]
    public void Without_ocr_a_photo_is_refused_with_a_sentence_that_says_why(PictureFormat format, string name)
    {
        var error = Failure(Pictures.Of(Resume, format, dpi: 100));

        Assert.Equal(ErrorCodes.UnsupportedType, error.Code);
        Assert.Contains($"a {name} image", error.Message);
        Assert.Contains("needs OCR", error.Message);
    }

    [Fact]
    public void A_png_cut_off_inside_its_header_is_damaged()
    {
        var error = Failure(Pictures.Of(Resume, PictureFormat.Png, dpi: 100)[..20]);

        Assert.Equal(ErrorCodes.Corrupt, error.Code);
        Assert.Contains("does not say how large it is", error.Message);
    }

    [Fact]
    public void Without_ocr_a_scanned_pdf_keeps_only_its_image_only_warning()
    {
        var resume = Read(Pictures.ScannedPdf(Resume, dpi: 100));

        Assert.Equal([ParseWarningCodes.ImageOnly], resume.Meta.Warnings.Select(w => w.Code));
        Assert.Null(resume.Basics.Name);
    }
}
