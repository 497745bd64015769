// The editor's preview: choosing a channel in the mode menu also picks the size that
// channel is seen at (phone, partner embed, 1920 px gallery screen). The sizes stay
// free to change afterwards. Configured by the JSON in #preview-channel-sizes.
const config = document.getElementById("preview-channel-sizes");
const sizes = config ? JSON.parse(config.textContent) : {};

function channelOf(mode) {
    const index = mode.lastIndexOf(":");
    return index === -1 ? "phone" : mode.slice(0, index);
}

document.addEventListener("change", (event) => {
    const select = event.target.closest && event.target.closest("select[name='preview_mode']");
    if (!select) {
        return;
    }
    const size = sizes[channelOf(select.value)];
    const button = size && document.querySelector(`input[name='preview-size'][value='${size}']`);
    if (button && !button.checked) {
        button.click();
    }
});
