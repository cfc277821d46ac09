using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class AtsChecksTests
{
    [Fact]
    public void A_text_pdf_in_one_column_reads_cleanly()
    {
        var check = Scoring.Check(Resumes.Strong(), CheckIds.AtsReadability);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Equal(100, check.Score);
    }

    [Fact]
    public void Columns_and_tables_cost_readability_and_the_fix_says_how_to_flatten_them()
    {
        var check = Scoring.Check(Resumes.Strong().WithWarnings(ParseWarningCodes.MultiColumn, ParseWarningCodes.Tables), CheckIds.AtsReadability);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.InRange(check.Score, 50, 60);
        Assert.Contains("several columns", check.Detail);
        Assert.Contains("Parser: The parser found multi-column on page 1.", check.Evidence);
        Assert.Contains("one column", check.Fix);
        Assert.Contains("Replace the table", check.Fix);
    }

    [Fact]
    public void Text_inside_images_together_with_columns_fails()
    {
        var check = Scoring.Check(Resumes.Strong().WithWarnings(ParseWarningCodes.TextInImages, ParseWarningCodes.MultiColumn, ParseWarningCodes.TextBoxes), CheckIds.AtsReadability);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("inside images", check.Detail);
    }

    [Fact]
    public void A_plain_text_file_is_readable_but_not_what_application_forms_take()
    {
        var resume = Resumes.Strong() with { Meta = Resumes.Strong().Meta with { FileType = "txt" } };

        var check = Scoring.Check(resume, CheckIds.AtsReadability);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(90, check.Score);
        Assert.Contains("File type: txt", check.Evidence);
        Assert.Contains("PDF or DOCX", check.Fix);
    }

    [Fact]
    public void Headings_an_ATS_does_not_know_are_quoted_with_the_standard_names_to_use()
    {
        var resume = Resumes.Strong() with
        {
            Meta = Resumes.Strong().Meta with
            {
                Sections = [new(SectionKinds.Summary, "Summary"), new(SectionKinds.Other, "My Journey"), new(SectionKinds.Skills, "Skills"), new(SectionKinds.Education, "Education")],
            },
        };

        var check = Scoring.Check(resume, CheckIds.SectionHeadings);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Contains("'My Journey'", check.Detail);
        Assert.Equal(["My Journey"], check.Evidence);
        Assert.Contains("Experience", check.Fix);
    }

    [Fact]
    public void A_resume_without_recognisable_headings_fails_the_headings_check()
    {
        var check = Scoring.Check(Resumes.Strong().WithSections().WithWarnings(ParseWarningCodes.NoSections), CheckIds.SectionHeadings);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("Parser: The parser found no-sections on page 1.", check.Evidence);
    }

    [Fact]
    public void Complete_contact_details_pass_and_are_quoted()
    {
        var check = Scoring.Check(Resumes.Strong(), CheckIds.ContactInfo);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Equal(["Ada Quinn", "ada.quinn@example.com", "+44 20 7946 0123", "Leeds, GB", "https://github.com/adaq"], check.Evidence);
    }

    [Fact]
    public void Missing_phone_and_profile_are_named_with_an_example_of_each()
    {
        var resume = Resumes.Strong() with { Basics = Resumes.Strong().Basics with { Phone = null, Profiles = [] } };

        var check = Scoring.Check(resume, CheckIds.ContactInfo);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(60, check.Score);
        Assert.Contains("missing phone and LinkedIn/GitHub link", check.Detail);
        Assert.Contains("+44", check.Fix);
        Assert.Contains("linkedin.com/in/", check.Fix);
    }

    [Fact]
    public void No_email_and_no_phone_fails_because_nobody_can_reply()
    {
        var resume = Resumes.Strong() with { Basics = Resumes.Strong().Basics with { Phone = "n/a", Email = "ada at example" } };

        var check = Scoring.Check(resume, CheckIds.ContactInfo);

        Assert.Equal(CheckStatus.Fail, check.Status);
    }
}
