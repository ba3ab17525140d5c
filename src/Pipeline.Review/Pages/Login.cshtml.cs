using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Review.Accounts;

namespace Pipeline.Review.Pages;

public sealed class LoginModel(UserStore users) : PageModel
{
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string name, string password)
    {
        if (users.Verify(name ?? "", password ?? "") is not { } user)
        {
            Error = "Sai tên đăng nhập hoặc mật khẩu.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
