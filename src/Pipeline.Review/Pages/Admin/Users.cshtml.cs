using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Review.Accounts;

namespace Pipeline.Review.Pages.Admin;

public sealed class UsersModel(UserStore users) : PageModel
{
    public IReadOnlyList<ReviewUser> Users { get; private set; } = [];
    public string? Message { get; private set; }

    public void OnGet() => Users = users.All();

    public void OnPost(string name, string password, string role)
    {
        try
        {
            users.Create(name, password, role);
            Message = $"Đã lưu tài khoản {name}.";
        }
        catch (ArgumentException e)
        {
            Message = e.Message;
        }
        Users = users.All();
    }
}
