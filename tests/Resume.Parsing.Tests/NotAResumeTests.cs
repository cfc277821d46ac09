using System.Text;
using Resume.Fixtures;
using Resume.Model;

namespace Resume.Parsing.Tests;

/// <summary>A file that reads but is not a résumé ends the scan with a reason; anything with a résumé's marks goes on.</summary>
public sealed class NotAResumeTests
{
    private static readonly ResumeParser Parser = new();

    [Theory]
    [InlineData("Shopping list\n- milk and eggs\n- call the bank about the loan\n- ask Sam about the trip to Porto\nDentist on Friday at 10\n", "notes or running text")]
    [InlineData("{\"name\": \"widget\", \"version\": \"1.2.0\", \"dependencies\": {\"left-pad\": \"^1.3.0\"}}\n", "JSON data")]
    [InlineData("import os\n\ndef main():\n    for name in os.listdir('.'):\n        print(name)\n    return 0\n\nif __name__ == '__main__':\n    main()\n", "program code")]
    [InlineData("using System;\n\npublic static class Program\n{\n    public static void Main() => Console.WriteLine(1 + 2);\n}\n", "program code")]
    [InlineData("Dear Hiring Manager,\n\nI am writing to apply for the nursing position at your hospital. I have cared for patients for many years.\n\nKind regards,\nAnna\n", "a letter")]
    public void A_file_that_is_not_a_resume_fails_with_a_sentence_saying_what_it_is(string text, string found)
    {
        var result = Parser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.False(result.Succeeded);
        Assert.Equal(Stages.Parse, result.Error!.Stage);
        Assert.Equal(ErrorCodes.NotAResume, result.Error.Code);
        Assert.Contains(found, result.Error.Message);
        Assert.Contains("no contact details, no dated experience or education", result.Error.Message);
    }

    [Theory]
    [InlineData("Jane Roe\njane.roe@example.com\n\nSome notes about what I did.\n")]
    [InlineData("Jane Roe\n\nEXPERIENCE\nShop assistant at the corner store, helping customers.\n")]
    [InlineData("Jane Roe\nShop assistant, Corner Store     2019 - 2021\nHelped customers every day.\n")]
    [InlineData("Dear Hiring Manager,\nI am applying for the role.\nKind regards,\nAnna Lee\nanna.lee@example.com\n+44 20 7946 0123\n")]
    public void A_file_with_any_mark_of_a_resume_is_parsed_even_when_little_else_is_there(string text)
    {
        var result = Parser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.True(result.Succeeded, result.Error?.Message);
    }

    [Fact]
    public void A_scanned_pdf_is_not_called_something_else_it_is_left_to_the_score_stage()
    {
        var result = Parser.Parse(new MemoryStream(PdfResume.ImageOnly()));

        Assert.True(result.Succeeded);
        Assert.Contains(result.Resume!.Meta.Warnings, w => w.Code == ParseWarningCodes.ImageOnly);
    }

    [Fact]
    public void Every_fixture_resume_of_every_field_is_parsed_as_a_resume()
    {
        foreach (var person in FieldPeople.ByRole.Values)
        {
            Assert.True(Parser.Parse(new MemoryStream(PdfResume.SingleColumn(person))).Succeeded, person.Name);
            Assert.True(Parser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(TextResume.Plain(person)))).Succeeded, person.Name);
        }
    }
}
