using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A narrow contact column beside a large name that wraps: an address hyphenated where the column broke it carries on
/// on the row of the name's second line.
/// </summary>
public sealed class WrappedContactColumnTests
{
    [Fact]
    public void An_email_hyphenated_in_a_narrow_column_is_whole_when_its_rest_shares_a_row_with_the_name()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.DrawRight("+1 720 555 0199", 150, 9, y: 80);
            c.Draw("Rosalind", 175, 30, y: 80);
            c.DrawRight("rosalindkowa-", 150, 9, y: 95);
            c.DrawRight("lewska@example.com", 150, 9, y: 112);
            c.Draw("Kowalewska", 175, 30, y: 112);
            c.Y = 160;
            c.Draw("Experience", 175, 13, bold: true);
            c.Advance(20);
            c.Draw("Mathematics Teacher, Arbor Academy", 175, 10);
            c.DrawRight("2019 – 2022", 540, 10);
            c.Advance(13);
            c.Draw("•", 177, 10);
            c.Draw("Raised pass rates in mathematics by a fifth over two years", 186, 10);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal("rosalindkowalewska@example.com", resume.Basics.Email);
        Assert.Equal("+1 720 555 0199", resume.Basics.Phone);
    }
}
