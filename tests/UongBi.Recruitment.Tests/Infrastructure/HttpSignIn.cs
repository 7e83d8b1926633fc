using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form (antiforgery token and all), as a browser would.</summary>
public static partial class HttpSignIn
{
    public const string DemoPassword = "UongBi-Demo-2024";

    /// <summary>A client on https (the session cookie is Secure) that keeps cookies and does not follow redirects.</summary>
    public static HttpClient Client(this WebApplicationFactory<Program> factory, string host = "localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"https://{host}"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string email, string password = DemoPassword)
    {
        var client = factory.Client();
        var response = await client.PostLoginAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {email} failed");
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password, bool withToken = true)
    {
        var token = withToken ? await TokenAsync(client, "/Account/Login") : null;
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string handler, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? [])
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = await TokenAsync(client, path),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
