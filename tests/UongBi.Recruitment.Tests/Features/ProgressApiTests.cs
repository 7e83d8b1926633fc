using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary><c>GET /api/progress</c> and the OpenAPI document, over HTTP with the real sign-in.</summary>
public sealed class ProgressApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<ProgressReport> ProgressAsync(int year, DateOnly asOf)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(Roles.CityCommittee));
        return await scope.ServiceProvider.GetRequiredService<ProgressService>().GetAsync(year, asOf);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string email, string query)
    {
        using var client = await factory.SignedInClientAsync(email);
        using var response = await client.GetAsync(new Uri("/api/progress" + query, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Progress_as_of_2_september_2024_gives_Bac_Son_15_of_15_in_the_documented_shape()
    {
        var (status, body) = await GetAsync("thanhuy@uongbi.local", "?year=2024&asOf=2024-09-02");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("year").GetInt32().ShouldBe(2024);
        body.GetProperty("asOf").GetString().ShouldBe("2024-09-02");
        var bacSon = body.GetProperty("wards").EnumerateArray().Single(w => w.GetProperty("wardName").GetString() == "Bắc Sơn");
        bacSon.GetProperty("wardId").GetInt32().ShouldBeGreaterThan(0);
        bacSon.GetProperty("target").GetInt32().ShouldBe(15);
        bacSon.GetProperty("scope").GetString().ShouldBe("ResidentialAndVillage");
        bacSon.GetProperty("admitted").GetInt32().ShouldBe(15);
        bacSon.GetProperty("percent").GetInt32().ShouldBe(100);
        // The rest as the service computes them (the service's own tests check them against the rules).
        var expected = (await ProgressAsync(2024, new DateOnly(2024, 9, 2))).Wards.Single(w => w.WardName == "Bắc Sơn");
        bacSon.GetProperty("awaitingCeremony").GetInt32().ShouldBe(expected.AwaitingCeremony);
        bacSon.GetProperty("inPipeline").GetInt32().ShouldBe(expected.InPipeline);
        bacSon.GetProperty("forecast").GetInt32().ShouldBe(expected.Forecast);
        bacSon.GetProperty("status").GetString().ShouldBe("Reached");
    }

    [Fact]
    public async Task Progress_for_2024_gives_the_city_295_of_289_102_percent()
    {
        var (status, body) = await GetAsync("viewer@uongbi.local", "?year=2024");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("asOf").GetString().ShouldBe("2024-12-31", "past years default to 31 December");
        var city = body.GetProperty("city");
        city.GetProperty("plan").GetInt32().ShouldBe(289);
        city.GetProperty("admitted").GetInt32().ShouldBe(295);
        city.GetProperty("percent").GetInt32().ShouldBe(102);
        city.GetProperty("scope").GetString().ShouldBe("ResidentialAndVillage");
    }

    [Fact]
    public async Task Progress_a_ward_secretary_gets_the_city_table_and_her_own_ward_in_detail_with_names()
    {
        var (_, city) = await GetAsync("thanhuy@uongbi.local", "?year=2024&asOf=2024-12-31");
        var (status, mine) = await GetAsync("bacson@uongbi.local", "?year=2024&asOf=2024-12-31");

        status.ShouldBe(HttpStatusCode.OK);
        mine.GetProperty("wards").GetArrayLength().ShouldBe(city.GetProperty("wards").GetArrayLength());
        mine.GetProperty("wards").ToString().ShouldBe(city.GetProperty("wards").ToString(), "aggregates are the same for every role");
        mine.GetProperty("detail").GetProperty("wardName").GetString().ShouldBe("Bắc Sơn");
        mine.GetProperty("detail").GetProperty("youngest").EnumerateArray()
            .ShouldContain(y => y.GetProperty("fullName").GetString() == "Nguyễn Thị Thanh Mai");
        city.GetProperty("detail").GetProperty("wardId").ValueKind.ShouldBe(JsonValueKind.Null, "the city committee sees the city in detail");
    }

    [Fact]
    public async Task Progress_a_ward_secretary_asking_for_another_ward_in_detail_gets_no_names()
    {
        var (_, city) = await GetAsync("thanhuy@uongbi.local", "?year=2024");
        var bacSon = city.GetProperty("wards").EnumerateArray().Single(w => w.GetProperty("wardName").GetString() == "Bắc Sơn").GetProperty("wardId").GetInt32();

        var (status, other) = await GetAsync("quangtrung@uongbi.local", $"?year=2024&ward={bacSon}");

        status.ShouldBe(HttpStatusCode.OK);
        other.GetProperty("detail").GetProperty("wardName").GetString().ShouldBe("Bắc Sơn");
        other.GetProperty("detail").GetProperty("youngest").GetArrayLength().ShouldBe(0);
        other.ToString().ShouldNotContain("Nguyễn Thị Thanh Mai");
    }

    [Theory]
    [InlineData("?year=abc", "year")]
    [InlineData("?year=1999", "year")]
    [InlineData("?year=2099", "year")]
    [InlineData("?year=2024&asOf=02/09/2024", "asOf")]
    [InlineData("?year=2024&asOf=2024-02-30", "asOf")]
    [InlineData("?year=2024&asOf=2023-12-31", "asOf")]
    [InlineData("?year=2024&ward=-3", "ward")]
    [InlineData("?year=2024&ward=x'%20OR%201=1", "ward")]
    public async Task Progress_bad_parameters_answer_400_naming_the_parameter(string query, string field)
    {
        var (status, body) = await GetAsync("thanhuy@uongbi.local", query);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue();
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Progress_without_sign_in_answers_401_not_the_sign_in_page()
    {
        using var client = factory.Client();
        using var response = await client.GetAsync(new Uri("/api/progress?year=2024", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_progress_endpoint()
    {
        using var client = await factory.SignedInClientAsync("viewer@uongbi.local");
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/progress").GetProperty("get");
        operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["year", "asOf", "ward"], ignoreOrder: true);
        document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("ProgressReport", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApi_document_without_sign_in_answers_401()
    {
        using var client = factory.Client();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
