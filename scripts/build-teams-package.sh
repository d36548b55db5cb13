#!/usr/bin/env bash
# Builds the Teams app package to upload: manifest.json, en.json, color.png and outline.png at the zip's root,
# with the App ID, host name, privacy/terms addresses and developer filled in from the configuration.
#   scripts/build-teams-package.sh [output.zip]      default: test-output/teams-package/trivselsbot.zip
# Configuration: environment variables (Bot__AppId, TeamsApp__HostName, TeamsApp__PrivacyUrl, TeamsApp__TermsOfUseUrl,
# TeamsApp__DeveloperName, TeamsApp__DeveloperWebsiteUrl, TeamsApp__Version) over the settings file
# $TRIVSELSBOT_SETTINGS, else src/TrivselsBot/appsettings.Local.json. See README, "Teams app package".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec node "$root/tools/build-teams-package.mjs" "${1:-$root/test-output/teams-package/trivselsbot.zip}"
