using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>
/// Starts the built web app (Development, demo data and demo accounts, a fresh SQLite file in a temp folder)
/// on a free loopback port and one headless Debian Chromium, shared by every test in <see cref="AppCollection"/>.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    /// <summary>Small office laptop: the size the screenshots are judged at.</summary>
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DirectoryInfo? _tempFolder;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string RepoRoot { get; } = FindRepoRoot();

    public string ScreenshotFolder => Path.Combine(RepoRoot, "artifacts", "screenshots");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    /// <summary>Everything the app wrote to stdout/stderr so far (for failure messages).</summary>
    public string AppOutput => string.Join(Environment.NewLine, _output);

    public async Task InitializeAsync()
    {
        _tempFolder = Directory.CreateTempSubdirectory("uongbi-e2e-");
        var port = FreeLoopbackPort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        StartApp(port);
        await WaitForHealthAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindChromium(),
            Args = ChromiumArgs,
            Headless = true,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        StopApp();
        try
        {
            _tempFolder?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process: the OS temp cleaner takes it later.
        }
    }

    /// <summary>
    /// A fresh browser context (own cookies, so Vietnamese by default) with one page, signed in through the
    /// sign-in form as <paramref name="email"/> (password <see cref="DemoAccounts.Password"/>) and showing the
    /// dashboard; <c>null</c> leaves it anonymous on about:blank.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(string? email = DemoAccounts.Admin, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = viewport ?? Laptop,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var session = new BrowserSession(context, await context.NewPageAsync(), ScreenshotFolder);
        if (email is null)
        {
            return session;
        }

        try
        {
            await session.SignInAsync(email);
            await Assertions.Expect(session.Page).ToHaveURLAsync(BaseUrl.ToString());
            await Assertions.Expect(session.Heading).ToHaveTextAsync(UiLanguage.Vietnamese.Dashboard);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private void StartApp(int port)
    {
        var configuration = DetectConfiguration();
        var webFolder = Path.Combine(RepoRoot, "src", "UongBi.Recruitment.Web");
        var dll = Path.Combine(webFolder, "bin", configuration, "net10.0", "UongBi.Recruitment.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The web app is not built: {dll} is missing. Build the solution with -c {configuration} first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Path"] = Path.Combine(_tempFolder!.FullName, "e2e.db");
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(_tempFolder.FullName, "logs", "e2e-.log");

        // Open circuits re-check their account every 5 s (not 60), so a disabled user is out within seconds.
        start.Environment["Auth__RevalidationSeconds"] = "5";

        // Every test signs in through the form from 127.0.0.1, far more than the production limit of 10 posts a
        // minute per address; the limiter itself stays on.
        start.Environment["Auth__LoginPostsPerMinute"] = "1000";

        _app = new Process { StartInfo = start, EnableRaisingEvents = true };
        _app.OutputDataReceived += (_, e) => Capture(e.Data);
        _app.ErrorDataReceived += (_, e) => Capture(e.Data);
        _app.Start();
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupTimeout)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException(
                    $"The web app exited with code {_app.ExitCode} before /health answered.{Environment.NewLine}{AppOutput}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // A slow first answer; ask again.
            }

            await Task.Delay(250);
        }

        StopApp();
        throw new TimeoutException(
            $"The web app did not answer /health with 200 within {StartupTimeout.TotalSeconds:0} s.{Environment.NewLine}{AppOutput}");
    }

    private void StopApp()
    {
        if (_app is null)
        {
            return;
        }

        try
        {
            if (!_app.HasExited)
            {
                _app.Kill(entireProcessTree: true);
                _app.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _app.Dispose();
        _app = null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UongBi.Recruitment.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"UongBi.Recruitment.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>bin/&lt;Configuration&gt;/net10.0 of this test assembly: the web app is taken from the same configuration.</summary>
    private static string DetectConfiguration()
    {
        var segments = Path.GetDirectoryName(typeof(AppFixture).Assembly.Location)!
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(segments, "bin");
        if (bin >= 0 && bin + 1 < segments.Length)
        {
            return segments[bin + 1];
        }

        return segments.Contains("Release", StringComparer.OrdinalIgnoreCase) ? "Release" : "Debug";
    }

    private static string FindChromium()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "/usr/bin/chromium";
    }
}
