using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The resumes in samples/ (the README's quick start) parse, and say who they are about.</summary>
public sealed class SamplesTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "marta-lindqvist.pdf", People.Backend.Name },
        { "zoe-nguyen-aberg-two-column.pdf", People.Designer.Name },
        { "dmitry-sokolov-table.pdf", People.DataEngineer.Name },
        { "chen-jing.pdf", People.Cjk.Name },
        { "marta-lindqvist.docx", People.Backend.Name },
        { "zoe-nguyen-aberg-tables.docx", People.Designer.Name },
        { "dmitry-sokolov.txt", People.DataEngineer.Name },
        { "marta-lindqvist.md", People.Backend.Name },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_parses_with_its_name_work_and_skills(string file, string name)
    {
        var resume = Read(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", file)));
        Assert.Equal(name, resume.Basics.Name);
        Assert.NotEmpty(resume.Work);
        Assert.NotEmpty(resume.Education);
        Assert.NotEmpty(resume.Keywords());
    }

    [Fact]
    public void The_generator_and_the_samples_folder_agree_on_the_files() =>
        Assert.Equal(
            SampleSet.Files().Select(f => f.Name).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "samples")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Pipeline.sln) was not found above the test binaries.");
    }
}
