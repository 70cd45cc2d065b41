"""Linimasa's web app: the page navigation and the one sidebar of filters every page shares.

Run with `streamlit run dashboard.py`. The filters live in the URL, so every view is a link.
"""

from app import sidebar, ui

page = ui.navigation()
ui.check_page(page)
ui.ensure_data()
sidebar.sidebar(ui.current_archive(), page.url_path)
page.run()
