namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>Figures a test wants a person to see: written to the test output and to artifacts/test-report.txt, which ./test.sh prints.</summary>
public static class Report
{
    private static readonly Lock Gate = new();

    public static void Line(Xunit.Abstractions.ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UongBi.Recruitment.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return;
        }

        var folder = Path.Combine(dir.FullName, "artifacts");
        Directory.CreateDirectory(folder);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(folder, "test-report.txt"), line + Environment.NewLine);
        }
    }
}
