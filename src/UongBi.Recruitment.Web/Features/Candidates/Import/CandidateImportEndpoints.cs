using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Excel;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>
/// <c>GET /import/candidates-template.xlsx</c> (the template, with the wards and cells the user may use) and
/// <c>GET /import/errors/{token}</c> (an error workbook the import page made). Both only for users who may edit
/// candidates; behind the sign-in fallback policy like every endpoint.
/// </summary>
public static class CandidateImportEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapCandidateImport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/import/candidates-template.xlsx", TemplateAsync).ExcludeFromDescription();
        app.MapGet("/import/errors/{token:guid}", ErrorsAsync).ExcludeFromDescription();
    }

    internal static async Task TemplateAsync(HttpContext context, CandidateEditService edits, CandidateImportService import, CurrentUser user, SecurityAudit audit, IStringLocalizer<SharedResource> l)
    {
        if (!import.CanImport)
        {
            await audit.DeniedAsync(user, "Import", "template", context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var wards = await edits.EditableWardsAsync(context.RequestAborted);
        context.Response.ContentType = XlsxType;
        context.Response.Headers.ContentDisposition = SpreadsheetSafety.AttachmentHeader(l["Import_TemplateFileName"]);
        context.Response.Headers.CacheControl = "no-store";

        // Buffered: the template is small, and a failure while writing it then never sends half a workbook.
        using var buffer = new MemoryStream();
        await ImportTemplateWriter.WriteAsync(buffer, l, wards, context.RequestAborted);
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    internal static async Task ErrorsAsync(Guid token, HttpContext context, ImportDownloads downloads, CurrentUser user)
    {
        if (downloads.Take(token, user.Scope.UserId) is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = XlsxType;
        context.Response.Headers.ContentDisposition = SpreadsheetSafety.AttachmentHeader(file.FileName);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }
}
