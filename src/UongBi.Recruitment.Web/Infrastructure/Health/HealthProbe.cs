namespace UongBi.Recruitment.Web.Infrastructure.Health;

/// <summary>
/// <c>dotnet UongBi.Recruitment.Web.dll healthcheck [url]</c>: exit 0 when /health answers 200. Used by the
/// Docker HEALTHCHECK so the runtime image needs no curl.
/// </summary>
public static class HealthProbe
{
    public const string Command = "healthcheck";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"Health probe failed: {ex.Message}");
            return 1;
        }
    }
}
