using System.Text;
using Resume.Fixtures;
using Resume.Parsing.Fields;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Resumes written in scripts other than the Latin one (invented people): Chinese, Japanese, Korean, Ukrainian
/// and Greek headings, their date forms, names and phone numbers, as plain text and as PDF (drawn with the CJK fallback
/// font the fixtures embed).</summary>
public sealed class ScriptLanguageTests
{
    public enum Format { Text, Pdf }

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void Chinese_headings_open_their_sections(Format format)
    {
        var resume = Read(Render(
        [
            "周雨桐",
            "yutong.zhou@example.cn",
            "# 教育背景",
            "华东理工学院\t2016 - 2020",
            "# 工作经历",
            "青松数据有限公司\t2020 - 2023",
            "数据分析师",
            "• 负责销售数据看板的搭建与维护",
            "# 专业技能",
            "Python, SQL, Tableau",
            "# 荣誉奖项",
            "优秀毕业生",
            "# 技能和语言",
            "英语, 日语",
        ], format));

        Assert.Equal(
            [SectionKinds.Education, SectionKinds.Work, SectionKinds.Skills, SectionKinds.Awards, SectionKinds.Skills],
            resume.Meta.Sections.Select(s => s.Kind));
        Assert.Contains("Tableau", resume.Keywords());
    }

    [Fact]
    public void A_line_of_ideographs_is_not_a_line_in_capitals()
    {
        var resume = Read(string.Join('\n',
            "周雨桐", "yutong.zhou@example.cn", "", "工作经历", "青松数据有限公司    2020 - 2023", "数据分析师",
            "• 负责销售数据看板的搭建与维护", "", "专业技能", "Python, SQL"));

        Assert.Equal([SectionKinds.Work, SectionKinds.Skills], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Contains("负责销售数据看板的搭建与维护", Assert.Single(resume.Work).Highlights);
    }

    [Theory]
    [InlineData("学歴", SectionKinds.Education)]
    [InlineData("職務経歴", SectionKinds.Work)]
    [InlineData("免許・資格", SectionKinds.Certificates)]
    [InlineData("自己ＰＲ", SectionKinds.Summary)]
    [InlineData("경력 사항", SectionKinds.Work)]
    [InlineData("학력", SectionKinds.Education)]
    [InlineData("보유 기술", SectionKinds.Skills)]
    [InlineData("ДОСВІД РОБОТИ", SectionKinds.Work)]
    [InlineData("Освіта", SectionKinds.Education)]
    [InlineData("ΕΚΠΑΙΔΕΥΣΗ", SectionKinds.Education)]
    [InlineData("Επαγγελματική εμπειρία", SectionKinds.Work)]
    [InlineData("工作經歷", SectionKinds.Work)]
    [InlineData("获奖及证书", SectionKinds.Awards)]
    public void Headings_in_other_scripts_name_their_sections(string heading, string kind)
    {
        var resume = Read(string.Join('\n',
            "Alex Morgan", "alex.morgan@example.com", "", heading, "Northwind Labs    2019 - 2021", "Quality engineer", "",
            "SKILLS", "Python, SQL"));

        Assert.Equal(kind, resume.Meta.Sections.First().Kind);
    }

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void A_Chinese_job_and_degree_are_read_by_their_words(Format format)
    {
        var resume = Read(Render(
        [
            "周雨桐",
            "yutong.zhou@example.cn",
            "# 教育背景",
            "华东理工学院，统计学，硕士\t2018年9月 - 2021年6月",
            "# 工作经历",
            "青松数据有限公司\t2021年7月 - 至今",
            "数据分析师",
            "• 负责销售数据看板的搭建与维护",
        ], format));

        var job = Assert.Single(resume.Work);
        Assert.Equal(("青松数据有限公司", "数据分析师", "2021-07", (string?)null), (job.Name, job.Position, job.StartDate, job.EndDate));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("华东理工学院", "硕士", "2018-09", "2021-06"), (school.Institution, school.StudyType, school.StartDate, school.EndDate));
    }

    [Theory]
    [InlineData("履 歴 書")]
    [InlineData("个人简历")]
    [InlineData("이력서")]
    [InlineData("Резюме")]
    public void The_document_title_in_other_scripts_is_not_the_name(string title)
    {
        var resume = Read(string.Join('\n', title, "求职意向：数据分析", "周雨桐", "yutong.zhou@example.cn", "", "工作经历",
            "青松数据有限公司    2020 - 2023", "数据分析师"));

        Assert.Equal("周雨桐", resume.Basics.Name);
    }

    [Theory]
    [InlineData("2020年3月 - 2022年12月", "2020-03", "2022-12", false)]
    [InlineData("2023 年 9 月 – 2026 年 6 月 (预计)", "2023-09", "2026-06", false)]
    [InlineData("2019年3月至2020年5月", "2019-03", "2020-05", false)]
    [InlineData("2020/06 – 至今", "2020-06", null, true)]
    [InlineData("2019年3月至今", "2019-03", null, true)]
    [InlineData("2022.08 - 现在", "2022-08", null, true)]
    [InlineData("2023/01 - 現在", "2023-01", null, true)]
    [InlineData("2021年4月～2022年10月", "2021-04", "2022-10", false)]
    [InlineData("2020년 3월 ~ 현재", "2020-03", null, true)]
    [InlineData("Май 2024 - н.в.", "2024-05", null, true)]
    [InlineData("сентябрь 2018 – июнь 2022", "2018-09", "2022-06", false)]
    [InlineData("з вересня 2019 по теперішній час", "2019-09", null, true)]
    [InlineData("2021 - по теперішній час", "2021", null, true)]
    [InlineData("Σεπτέμβριος 2017 - Ιούνιος 2021", "2017-09", "2021-06", false)]
    public void Dates_in_other_scripts_are_read(string text, string start, string? end, bool current)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end, current), (range.Start, range.End, range.Current));
    }

    private static byte[] Render(IReadOnlyList<string> lines, Format format) => format switch
    {
        Format.Text => Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l =>
            l.StartsWith("# ", StringComparison.Ordinal) ? "\n" + l[2..] : l.Replace("\t", "    ", StringComparison.Ordinal)))),
        _ => MarkedLinesPdf.Render(lines),
    };
}
